import type { z } from 'zod';
import { seenMapSchema, watchedSearchSchema, watchHitSchema, watchHoldSchema } from './schemas';
import type { SeenMap, WatchedSearch, WatchHit, WatchHold } from './types';

/** The slice of WXT's `storage` the watch store needs (storage.local: survives restarts). */
export interface LocalStorage {
  getItem<T>(key: `local:${string}`): Promise<T | null>;
  setItem<T>(key: `local:${string}`, value: T): Promise<void>;
  removeItem(key: `local:${string}`): Promise<void>;
}

/** Most hits kept per watched search (newest first); older ones are dropped. */
export const MAX_HITS = 50;

const SEARCHES = 'local:watch:v1:searches' as const;
const HOLD = 'local:watch:v1:hold' as const;
const seenKey = (id: string) => `local:watch:v1:seen:${id}` as const;
const hitsKey = (id: string) => `local:watch:v1:hits:${id}` as const;

async function read<T>(
  storage: LocalStorage,
  key: `local:${string}`,
  schema: z.ZodType<T>,
): Promise<T | undefined> {
  const parsed = schema.safeParse(await storage.getItem<unknown>(key));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Reads and writes watched searches, their seen listings, their hits and the global hold in
 * storage.local, each checked on read (a malformed value reads as absent, a malformed search is
 * skipped).
 */
export function createWatchStore(storage: LocalStorage) {
  const list = async (): Promise<WatchedSearch[]> => {
    const raw = await storage.getItem<unknown>(SEARCHES);
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((item) => {
      const parsed = watchedSearchSchema.safeParse(item);
      return parsed.success ? [parsed.data as WatchedSearch] : [];
    });
  };
  const saveAll = (searches: WatchedSearch[]) => storage.setItem(SEARCHES, searches);
  return {
    list,
    async get(id: string) {
      return (await list()).find((search) => search.id === id);
    },
    /** Adds or replaces the search with the same id. */
    async put(search: WatchedSearch) {
      const all = await list();
      const isNew = !all.some((s) => s.id === search.id);
      await saveAll(isNew ? [...all, search] : all.map((s) => (s.id === search.id ? search : s)));
    },
    async remove(id: string) {
      await saveAll((await list()).filter((s) => s.id !== id));
      await storage.removeItem(seenKey(id));
      await storage.removeItem(hitsKey(id));
    },
    seen: async (id: string): Promise<SeenMap> =>
      (await read(storage, seenKey(id), seenMapSchema)) ?? {},
    saveSeen: (id: string, seen: SeenMap) => storage.setItem(seenKey(id), seen),
    hits: async (id: string): Promise<WatchHit[]> =>
      (await read(storage, hitsKey(id), watchHitSchema.array())) ?? [],
    /** Puts new hits before the kept ones and keeps at most MAX_HITS. */
    async addHits(id: string, hits: WatchHit[]) {
      const kept = await read(storage, hitsKey(id), watchHitSchema.array());
      await storage.setItem(hitsKey(id), [...hits, ...(kept ?? [])].slice(0, MAX_HITS));
    },
    hold: () => read(storage, HOLD, watchHoldSchema) as Promise<WatchHold | undefined>,
    saveHold: (hold: WatchHold) => storage.setItem(HOLD, hold),
    clearHold: () => storage.removeItem(HOLD),
  };
}

/** The store createWatchStore builds. */
export type WatchStore = ReturnType<typeof createWatchStore>;
