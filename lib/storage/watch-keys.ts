/** The slice of `browser.storage.onChanged` a key watch needs (a fake in tests). */
export interface StorageChangeEvent {
  addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
  removeListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
}

/**
 * Calls `onChange` whenever a key starting with `prefix` changes in storage `area` (what an open
 * page needs to keep its counts and statuses live); returns the unwatch.
 */
export function watchKeys(
  onChanged: StorageChangeEvent,
  area: 'local' | 'session' | 'sync',
  prefix: string,
  onChange: () => void,
): () => void {
  const listener = (changes: Record<string, unknown>, changedArea: string) => {
    if (changedArea === area && Object.keys(changes).some((key) => key.startsWith(prefix)))
      onChange();
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}
