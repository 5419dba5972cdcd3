import { describe, expect, it, vi } from 'vitest';
import { type StorageChangeEvent, watchKeys } from '@/lib/storage/watch-keys';

describe('watchKeys', () => {
  it('calls back for changed keys with the prefix in the area, until unwatched', () => {
    let listener: ((changes: Record<string, unknown>, area: string) => void) | undefined;
    const event: StorageChangeEvent = {
      addListener: (l) => (listener = l),
      removeListener: () => (listener = undefined),
    };
    const onChange = vi.fn();
    const unwatch = watchKeys(event, 'local', 'watch:v1:', onChange);
    listener?.({ 'watch:v1:searches': {} }, 'local');
    listener?.({ 'watch:v1:searches': {} }, 'session');
    listener?.({ 'collection:v1': {} }, 'local');
    expect(onChange).toHaveBeenCalledTimes(1);
    unwatch();
    expect(listener).toBeUndefined();
  });
});
