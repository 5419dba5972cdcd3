import { type CopyFormat, formatSearch } from '../divar/copy-as';
import { extractPostTokens } from '../divar/post-tokens';
import { parsePostUrl } from '../divar/post-url';
import type { SearchInfo } from '../divar/search-info';
import { AppError } from '../errors';
import { MENU_IDS } from './items';

/** What a context-menu click tells us (a subset of `contextMenus.OnClickData`). */
export interface MenuClick {
  menuItemId: string | number;
  linkUrl?: string;
  pageUrl?: string;
  selectionText?: string;
}

/** Looks up the search a tab shows (the popup's SearchInfo), or undefined for other pages. */
export type SearchOfTab = (tabId: number | undefined) => Promise<SearchInfo | undefined>;

const SEARCH_FORMATS: Record<string, CopyFormat> = {
  [MENU_IDS.copySearchJson]: 'json',
  [MENU_IDS.copySearchCurl]: 'curl',
  [MENU_IDS.copySearchFetch]: 'fetch',
};

async function searchText(format: CopyFormat, tabId: number | undefined, searchOf: SearchOfTab) {
  const search = await searchOf(tabId);
  if (!search) throw new AppError('not-divar-url', 'this tab is not a divar.ir search page');
  if (!search.ok)
    throw new AppError('bad-search-url', search.errors.map((e) => e.message).join('; '));
  return formatSearch(format, search.body);
}

/**
 * The text a menu click copies: a post token, the tokens of the post links in a selection, or
 * the current search request in a format; undefined for items that are not ours.
 */
export async function textForMenuClick(
  click: MenuClick,
  tabId: number | undefined,
  searchOf: SearchOfTab,
) {
  const id = String(click.menuItemId);
  if (id === MENU_IDS.copyPostToken) {
    const post = click.linkUrl ? parsePostUrl(click.linkUrl) : undefined;
    if (!post)
      throw new AppError('not-divar-url', `not a divar post link: ${String(click.linkUrl)}`);
    return post.token;
  }
  if (id === MENU_IDS.copySelectionTokens) {
    const tokens = extractPostTokens(click.selectionText ?? '');
    if (tokens.length === 0)
      throw new AppError('no-post-links', 'the selection has no divar post links');
    return tokens.join('\n');
  }
  const format = SEARCH_FORMATS[id];
  return format ? searchText(format, tabId, searchOf) : undefined;
}
