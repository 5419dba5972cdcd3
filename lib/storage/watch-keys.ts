/** The slice of `browser.storage.onChanged` a key watch needs (a fake in tests). */
export interface StorageChangeEvent {
  addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
  removeListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
}

/**
 * Calls `onChange` whenever keys starting with `prefix` change in storage `area` (what an open
 * page needs to keep its counts and statuses live), with those keys' new values (undefined for a
 * removed key); returns the unwatch.
 */
export function watchKeys(
  onChanged: StorageChangeEvent,
  area: 'local' | 'session' | 'sync',
  prefix: string,
  onChange: (newValues: unknown[]) => void,
): () => void {
  const listener = (changes: Record<string, unknown>, changedArea: string) => {
    if (changedArea !== area) return;
    const keys = Object.keys(changes).filter((key) => key.startsWith(prefix));
    if (keys.length > 0)
      onChange(keys.map((key) => (changes[key] as { newValue?: unknown } | undefined)?.newValue));
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}
