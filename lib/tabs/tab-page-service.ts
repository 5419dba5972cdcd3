import { classifyDivarUrl, type DivarPage } from '../divar/page-kind';
import type { PageSearchState } from '../divar/page-state';
import { describeSearch, type SearchInfo } from '../divar/search-info';
import { AppError } from '../errors';
import type { TabPagesStore, TabRecord } from './tab-pages';

/** Looks up a tab's current URL (undefined when the tab is gone or not visible to us). */
export type TabUrlLookup = (tabId: number) => Promise<string | undefined>;

/** What the popup is told about a tab: its page and, for a search page, the request it means. */
export interface TabView {
  page: DivarPage;
  search?: SearchInfo;
}

/** The background's answers about pages: records what content scripts report, answers the popup. */
export interface TabPageService {
  /** Records the page (and its own state, if read) a content script reports for its tab. */
  pageSeen(
    tabId: number | undefined,
    url: string,
    pageState?: PageSearchState,
    stateMissing?: TabRecord['stateMissing'],
  ): Promise<DivarPage>;
  /** What a tab shows: its page as last reported (or as its URL says) and the search it means. */
  tabView(tabId: number): Promise<TabView | null>;
}

/** Builds the TabPageService over a store and a tab URL lookup. */
export function createTabPageService(store: TabPagesStore, tabUrl: TabUrlLookup): TabPageService {
  return {
    async pageSeen(tabId, url, pageState, stateMissing) {
      const page = classifyDivarUrl(url);
      if (tabId === undefined) throw new AppError('no-tab', 'pageSeen without a tab');
      if (!page) throw new AppError('not-divar-url', `not a divar.ir URL: ${url.slice(0, 200)}`);
      await store.set(tabId, {
        page,
        ...(pageState ? { pageState } : stateMissing ? { stateMissing } : {}),
      });
      return page;
    },
    async tabView(tabId) {
      // With divar host permissions a tab's URL is visible exactly when it is on divar.ir.
      const url = await tabUrl(tabId);
      if (url === undefined) return null;
      const stored = await store.get(tabId);
      const record = stored?.page.url === url ? stored : undefined;
      const page = record?.page ?? classifyDivarUrl(url);
      if (!page) return null;
      if (page.kind !== 'search') return { page };
      return {
        page,
        search: describeSearch(
          page.url,
          record?.pageState ?? record?.stateMissing ?? 'not-reported',
        ),
      };
    },
  };
}
