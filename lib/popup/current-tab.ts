import { classifyDivarUrl } from '../divar/page-kind';
import { AppError } from '../errors';
import { type SendRaw, sendMessage } from '../messaging/client';
import type { ResponseOf } from '../messaging/protocol';
import type { TabView } from '../tabs/tab-page-service';

/** What the popup needs to describe the tab it was opened for. */
export interface CurrentTabDeps {
  /**
   * The popup's own `location.search`: `?tab=<id>` describes that tab (tests, "open in a tab");
   * `?url=<divar URL>` describes a URL with no tab (the right-click "Show details").
   */
  search: string;
  /** `tabs.query({ active: true, currentWindow: true })`. */
  queryActiveTab(): Promise<{ id?: number } | undefined>;
  send: SendRaw;
}

/** The tab the popup describes and what the background knows of it. */
export interface CurrentTab {
  /** Undefined when the popup describes a URL rather than a tab. */
  tabId: number | undefined;
  /** What the tab shows, or null when it is not a divar.ir page. */
  view: TabView | null;
  lastError: ResponseOf<'takeLastError'>;
}

/** Reads the tab id from `?tab=<id>`, if present and well formed. */
export function tabIdFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  return Number(raw);
}

/**
 * What a divar URL shows, read locally: for `?url=` there is no tab and no page state. The search
 * reader (with the places and category tables) loads only here, off the popup's first paint.
 */
async function viewOfUrl(url: string): Promise<TabView> {
  const page = classifyDivarUrl(url);
  if (!page) throw new AppError('not-divar-url', `not a divar.ir URL: ${url.slice(0, 200)}`);
  if (page.kind !== 'search') return { page };
  const { describeSearch } = await import('../divar/search-info');
  return { page, search: describeSearch(page.url, undefined) };
}

/** Finds the popup's tab and asks the background what page it shows (and any pending error). */
export async function loadCurrentTab(deps: CurrentTabDeps): Promise<CurrentTab> {
  const url = new URLSearchParams(deps.search).get('url');
  if (url !== null) return { tabId: undefined, view: await viewOfUrl(url), lastError: null };
  const tabId = tabIdFromSearch(deps.search) ?? (await deps.queryActiveTab())?.id;
  if (tabId === undefined) throw new AppError('no-tab', 'no active tab');
  const [view, lastError] = await Promise.all([
    sendMessage<'getTabPage'>(deps.send, { type: 'getTabPage', tabId }),
    sendMessage<'takeLastError'>(deps.send, { type: 'takeLastError' }),
  ]);
  return { tabId, view, lastError };
}
