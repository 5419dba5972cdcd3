import { classifyDivarUrl, type DivarPage } from '../divar/page-kind';
import type { PageSearchState, StateMissing } from '../divar/page-state';
import { describeSearch, type SearchInfo } from '../divar/search-info';
import { AppError } from '../errors';
import type { TabStateAsk } from './page-state-ask';
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
  /** Records the page a content script reports for its tab. */
  pageSeen(tabId: number | undefined, url: string): Promise<DivarPage>;
  /** What a tab shows: its page as last reported (or as its URL says) and the search it means. */
  tabView(tabId: number): Promise<TabView | null>;
  /**
   * The tab's own filters for `url` (asked of its content script once, then remembered while the
   * tab shows that page), or why they are not known.
   */
  searchState(tabId: number, url: string): Promise<PageSearchState | StateMissing>;
}

/** Builds the TabPageService over a store, a tab URL lookup and the question to a tab's page. */
export function createTabPageService(
  store: TabPagesStore,
  tabUrl: TabUrlLookup,
  askTab: TabStateAsk = async () => undefined,
): TabPageService {
  // `record` is the tab's stored record, read once by the caller.
  const stateOf = async (
    tabId: number,
    url: string,
    record: TabRecord | undefined,
  ): Promise<PageSearchState | StateMissing> => {
    const same = record?.page.url === url ? record : undefined;
    if (same?.pageState) return same.pageState;
    if (same?.stateMissing) return same.stateMissing;
    const answer = await askTab(tabId, url);
    if (!answer) return 'not-reported';
    // Remembered only for the page the tab reported: the answer is about that load.
    if (same) await store.set(tabId, { page: same.page, ...answer });
    return 'pageState' in answer ? answer.pageState : answer.stateMissing;
  };
  const searchState: TabPageService['searchState'] = async (tabId, url) =>
    stateOf(tabId, url, await store.get(tabId));
  return {
    async pageSeen(tabId, url) {
      const page = classifyDivarUrl(url);
      if (tabId === undefined) throw new AppError('no-tab', 'pageSeen without a tab');
      if (!page) throw new AppError('not-divar-url', `not a divar.ir URL: ${url.slice(0, 200)}`);
      await store.set(tabId, { page });
      return page;
    },
    searchState,
    async tabView(tabId) {
      // With divar host permissions a tab's URL is visible exactly when it is on divar.ir.
      const url = await tabUrl(tabId);
      if (url === undefined) return null;
      const stored = await store.get(tabId);
      const page = (stored?.page.url === url ? stored.page : undefined) ?? classifyDivarUrl(url);
      if (!page) return null;
      if (page.kind !== 'search') return { page };
      return { page, search: describeSearch(page.url, await stateOf(tabId, page.url, stored)) };
    },
  };
}
