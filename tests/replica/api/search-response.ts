/** Assembles the JSON of a search page in the shape of the page-1 / page-2 samples. */
import { createHash } from 'node:crypto';
import type { ReplicaState } from '../server/state.ts';
import { isoToMicros, ZERO_DATE } from '../util/time.ts';
import { formFieldsToJli } from './form-echo.ts';
import { buildPostRow, type CardContext } from './post-card.ts';
import { encodeCursor } from './search-cursor.ts';
import type { SearchPage } from './search-engine.ts';
import { mapData } from './search-map.ts';
import { pageLoadInfo, searchDataEcho, ZERO_EPOCH_MICROS } from './search-page-info.ts';
import type { SearchQuery } from './search-request.ts';
import { seoDetails, suggestionCache } from './search-seo.ts';
import { topWidgets } from './search-top-widgets.ts';

/** DIVIDER_ROW + SELECTOR_ROW "آگهی‌های مشابه" that open the recommendations (Top-Divar's page-2 capture). */
const SIMILAR_HEADER = [
  {
    widget_type: 'DIVIDER_ROW',
    data: { '@type': 'type.googleapis.com/widgets.DividerRowData', fullwidth: true, padded: true },
  },
  {
    widget_type: 'SELECTOR_ROW',
    data: {
      '@type': 'type.googleapis.com/widgets.SelectorRowData',
      title: 'آگهی‌های مشابه',
      icon: {},
      description: 'آگهی‌های زیر، نتیجه‌های نزدیک به جستجوی شماست.',
      last_notification_date: ZERO_DATE,
      fullwidth: true,
    },
  },
];

function searchBar(page: SearchPage) {
  if (!page.isFirstPage) return {};
  const toggle = {
    server_side_info: { item_type: { type: 'SEARCH_BAR_BOOKMARKED_STATE_CHANGE_STATE' } },
    enabled: true,
  };
  const bookmarkInfo = { search_hash: page.cursor.searchHash, bookmark_state: {}, alert_state: {} };
  return { bookmark: { toggle_action_log: toggle, enabled: true, bookmark_info: bookmarkInfo } };
}

function cardContext(page: SearchPage, parts: Omit<CardContext, 'recommendation'>): CardContext {
  if (page.kind !== 'recommendations') return parts;
  const lastReal = isoToMicros(page.previous?.lastPostDate ?? '');
  const lastPostSortDate = lastReal === undefined ? ZERO_EPOCH_MICROS : String(lastReal);
  return { ...parts, recommendation: { page: page.previous?.page ?? 1, lastPostSortDate } };
}

/** The full response body for one computed search page. */
export function buildSearchResponse(query: SearchQuery, page: SearchPage, state: ReplicaState) {
  const { cursor } = page;
  const searchId = createHash('md5').update(`${cursor.searchHash}|${cursor.page}`).digest('hex');
  const jli = formFieldsToJli(query.fields, query.rawCityIds, query.sort);
  const searchData = searchDataEcho(query, page.isFirstPage);
  const now = state.corpus.now;
  const ctx = cardContext(page, { searchUid: cursor.searchUid, jli, searchData, now });
  const cards = page.listings.map((listing, index) => buildPostRow(listing, index, ctx));
  const widgets = [...(page.opensRecommendations ? SIMILAR_HEADER : []), ...cards];
  const info = pageLoadInfo(query, page, { searchId, jli, searchData, now });
  return {
    ...(page.isFirstPage ? { list_top_widgets: topWidgets(query, cursor.searchHash) } : {}),
    ...(widgets.length > 0 ? { list_widgets: widgets } : {}),
    action_log: {
      server_side_info: { info, item_type: { type: 'POST_LIST_LOAD_PAGE' } },
      enabled: true,
    },
    search_bar: searchBar(page),
    pagination: {
      ...(page.hasNextPage ? { has_next_page: true } : {}),
      data: encodeCursor(cursor),
      ...(page.isFirstPage ? { is_first_page: true } : {}),
    },
    search_id: searchId,
    ...(page.isFirstPage
      ? {
          seo_details: seoDetails(query),
          map_data: mapData(query, page.matches),
          suggestion_cache_data: suggestionCache(query),
        }
      : {}),
    show_no_search_result_notice: true,
  };
}
