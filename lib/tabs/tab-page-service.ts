import { classifyDivarUrl, type DivarPage } from '../divar/page-kind';
import { AppError } from '../errors';
import type { TabPagesStore } from './tab-pages';

/** Looks up a tab's current URL (undefined when the tab is gone or not visible to us). */
export type TabUrlLookup = (tabId: number) => Promise<string | undefined>;

/** The background's answers about pages: records what content scripts report, answers the popup. */
export interface TabPageService {
  /** Records the page a content script reports for its tab and returns what was stored. */
  pageSeen(tabId: number | undefined, url: string): Promise<DivarPage>;
  /** The page in a tab: what its content script last reported, else what its URL says. */
  tabPage(tabId: number): Promise<DivarPage | null>;
}

/** Builds the TabPageService over a store and a tab URL lookup. */
export function createTabPageService(store: TabPagesStore, tabUrl: TabUrlLookup): TabPageService {
  return {
    async pageSeen(tabId, url) {
      const page = classifyDivarUrl(url);
      if (tabId === undefined) throw new AppError('no-tab', 'pageSeen without a tab');
      if (!page) throw new AppError('not-divar-url', `not a divar.ir URL: ${url.slice(0, 200)}`);
      await store.set(tabId, page);
      return page;
    },
    async tabPage(tabId) {
      // With divar host permissions a tab's URL is visible exactly when it is on divar.ir.
      const url = await tabUrl(tabId);
      if (url === undefined) return null;
      const stored = await store.get(tabId);
      if (stored?.url === url) return stored;
      return classifyDivarUrl(url) ?? null;
    },
  };
}
