/** Link patterns of divar.ir post pages. */
export const POST_LINK_PATTERNS = ['https://divar.ir/v/*', 'https://www.divar.ir/v/*'];

/** Page patterns of divar.ir search pages. */
export const SEARCH_PAGE_PATTERNS = ['https://divar.ir/s/*'];

/** The ids of every context-menu item. */
export const MENU_IDS = {
  copyPostToken: 'copy-post-token',
  copySelectionTokens: 'copy-selection-tokens',
  copySearch: 'copy-search',
  copySearchJson: 'copy-search-json',
  copySearchCurl: 'copy-search-curl',
  copySearchFetch: 'copy-search-fetch',
  showPostDetails: 'show-post-details',
  fetchAllResults: 'fetch-all-results',
  fetchSelectionDetails: 'fetch-selection-details',
  copyContact: 'copy-contact',
  addToCollection: 'add-to-collection',
} as const;

/** The `_locales` message names of the menu titles. */
export type MenuTitleKey =
  | 'menuCopyPostToken'
  | 'menuCopySelectionTokens'
  | 'menuCopySearch'
  | 'menuCopySearchJson'
  | 'menuCopySearchCurl'
  | 'menuCopySearchFetch'
  | 'menuShowPostDetails'
  | 'menuFetchAllResults'
  | 'menuFetchSelectionDetails'
  | 'menuCopyContact'
  | 'menuAddToCollection';

type Context = 'link' | 'selection' | 'page';

/** One context-menu item, in the shape `contextMenus.create` takes (title as a message name). */
export interface MenuItemSpec {
  id: string;
  title: MenuTitleKey;
  contexts: [Context, ...Context[]];
  parentId?: string;
  targetUrlPatterns?: string[];
  documentUrlPatterns?: string[];
}

/**
 * Every item: "Copy post token" on divar post links anywhere, "Copy post tokens" on a selection
 * anywhere (links inside it), and "Copy search request" (JSON, cURL, fetch) on divar search pages.
 */
export const MENU_ITEMS: readonly MenuItemSpec[] = [
  {
    id: MENU_IDS.copyPostToken,
    title: 'menuCopyPostToken',
    contexts: ['link'],
    targetUrlPatterns: POST_LINK_PATTERNS,
  },
  { id: MENU_IDS.copySelectionTokens, title: 'menuCopySelectionTokens', contexts: ['selection'] },
  {
    id: MENU_IDS.copySearch,
    title: 'menuCopySearch',
    contexts: ['page'],
    documentUrlPatterns: SEARCH_PAGE_PATTERNS,
  },
  {
    id: MENU_IDS.copySearchJson,
    title: 'menuCopySearchJson',
    contexts: ['page'],
    parentId: MENU_IDS.copySearch,
    documentUrlPatterns: SEARCH_PAGE_PATTERNS,
  },
  {
    id: MENU_IDS.copySearchCurl,
    title: 'menuCopySearchCurl',
    contexts: ['page'],
    parentId: MENU_IDS.copySearch,
    documentUrlPatterns: SEARCH_PAGE_PATTERNS,
  },
  {
    id: MENU_IDS.copySearchFetch,
    title: 'menuCopySearchFetch',
    contexts: ['page'],
    parentId: MENU_IDS.copySearch,
    documentUrlPatterns: SEARCH_PAGE_PATTERNS,
  },
  {
    id: MENU_IDS.showPostDetails,
    title: 'menuShowPostDetails',
    contexts: ['link'],
    targetUrlPatterns: POST_LINK_PATTERNS,
  },
  {
    id: MENU_IDS.fetchAllResults,
    title: 'menuFetchAllResults',
    contexts: ['page'],
    documentUrlPatterns: SEARCH_PAGE_PATTERNS,
  },
  {
    id: MENU_IDS.fetchSelectionDetails,
    title: 'menuFetchSelectionDetails',
    contexts: ['selection'],
  },
  {
    id: MENU_IDS.copyContact,
    title: 'menuCopyContact',
    contexts: ['link'],
    targetUrlPatterns: POST_LINK_PATTERNS,
  },
  {
    id: MENU_IDS.addToCollection,
    title: 'menuAddToCollection',
    contexts: ['link', 'selection'],
    targetUrlPatterns: POST_LINK_PATTERNS,
  },
];
