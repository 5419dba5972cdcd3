import { z } from 'zod';
import type { DivarPage } from '../divar/page-kind';
import { divarPageSchema } from '../divar/page-schema';
import type { PageSearchState } from '../divar/page-state';
import { lazySchema } from '../schema/lazy';

/** The slice of WXT's `storage` this store needs; tests pass the same API over fakeBrowser. */
export interface KeyValueStorage {
  getItem<T>(key: `session:${string}`): Promise<T | null>;
  setItem<T>(key: `session:${string}`, value: T): Promise<void>;
  removeItem(key: `session:${string}`): Promise<void>;
}

/** A divar page's own resolved search filters, checked wherever they cross a boundary. */
export const pageSearchStateSchema = lazySchema(() =>
  z.object({
    formDataJson: z.string().max(200_000),
    cities: z.array(z.string().max(20)).max(200),
  }),
);

/** Why a page's own filters are not known, as its content script says. */
export const stateMissingSchema = lazySchema(() => z.enum(['navigated', 'not-found']));

/** What the background remembers about a tab: its page, and the page's own state if read. */
export interface TabRecord {
  page: DivarPage;
  /** divar's resolved filters for `page.url`, read from the first page load (never stale). */
  pageState?: PageSearchState;
  /** Why `pageState` is absent, as the content script said. */
  stateMissing?: 'navigated' | 'not-found';
}

const tabRecordSchema = lazySchema(() =>
  z.object({
    page: divarPageSchema,
    pageState: pageSearchStateSchema.optional(),
    stateMissing: stateMissingSchema.optional(),
  }),
);

/** Reads and writes each tab's TabRecord. */
export interface TabPagesStore {
  get(tabId: number): Promise<TabRecord | undefined>;
  set(tabId: number, record: TabRecord): Promise<void>;
  remove(tabId: number): Promise<void>;
}

const keyOf = (tabId: number) => `session:tabPage:v2:${tabId}` as const;

/**
 * Keeps each tab's record in `storage.session`, so it survives the MV3 service worker being
 * stopped but not the browser session; values read back are checked and dropped if malformed.
 */
export function createTabPagesStore(storage: KeyValueStorage): TabPagesStore {
  return {
    async get(tabId) {
      const stored = await storage.getItem<unknown>(keyOf(tabId));
      if (stored === null) return undefined;
      const parsed = tabRecordSchema.safeParse(stored);
      if (parsed.success) return parsed.data as TabRecord;
      await storage.removeItem(keyOf(tabId));
      return undefined;
    },
    set: (tabId, record) => storage.setItem(keyOf(tabId), record),
    remove: (tabId) => storage.removeItem(keyOf(tabId)),
  };
}
