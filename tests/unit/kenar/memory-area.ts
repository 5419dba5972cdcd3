/** An in-memory `storage.local` for the Kenar unit tests (not a test file). */
import type { LocalArea } from '@/lib/kenar/store';

/** A LocalArea over a Map; `data` is exposed so tests can look at what was stored. */
export function memoryArea(
  initial: Record<string, unknown> = {},
): LocalArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(initial));
  return {
    data,
    getItem: async <T>(key: string) =>
      data.has(key) ? (structuredClone(data.get(key)) as T) : null,
    setItem: async (key, value) => {
      data.set(key, structuredClone(value));
    },
    removeItem: async (key) => {
      data.delete(key);
    },
  };
}
