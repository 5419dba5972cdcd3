import type { DivarPage } from '../divar/page-kind';
import { divarPageSchema } from '../divar/page-schema';

/** The slice of WXT's `storage` this store needs; tests pass the same API over fakeBrowser. */
export interface KeyValueStorage {
  getItem<T>(key: `session:${string}`): Promise<T | null>;
  setItem<T>(key: `session:${string}`, value: T): Promise<void>;
  removeItem(key: `session:${string}`): Promise<void>;
}

/** What the background remembers per tab: the page kind and what its URL says. */
export interface TabPagesStore {
  get(tabId: number): Promise<DivarPage | undefined>;
  set(tabId: number, page: DivarPage): Promise<void>;
  remove(tabId: number): Promise<void>;
}

const keyOf = (tabId: number) => `session:tabPage:v1:${tabId}` as const;

/**
 * Keeps each tab's DivarPage in `storage.session`, so it survives the MV3 service worker being
 * stopped but not the browser session; values read back are checked and dropped if malformed.
 */
export function createTabPagesStore(storage: KeyValueStorage): TabPagesStore {
  return {
    async get(tabId) {
      const stored = await storage.getItem<unknown>(keyOf(tabId));
      if (stored === null) return undefined;
      const parsed = divarPageSchema.safeParse(stored);
      if (parsed.success) return parsed.data;
      await storage.removeItem(keyOf(tabId));
      return undefined;
    },
    set: (tabId, page) => storage.setItem(keyOf(tabId), page),
    remove: (tabId) => storage.removeItem(keyOf(tabId)),
  };
}
