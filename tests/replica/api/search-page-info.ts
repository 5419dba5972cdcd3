/** The page-level action log (`PostListLoadPageInfo`) of a search response, as in the samples. */
import type { CorpusListing } from '../corpus/types.ts';
import { formFieldsToJson } from './form-echo.ts';
import type { SearchPage } from './search-engine.ts';
import type { SearchQuery } from './search-request.ts';

/** `-62135596800000000`: the epoch microseconds of 0001-01-01, sent when there is no last post. */
export const ZERO_EPOCH_MICROS = '-62135596800000000';

/** The `UserSelectedLocation` of a query's cities. */
export function userLocation(query: SearchQuery) {
  return {
    '@type': 'type.googleapis.com/widgets.UserSelectedLocation',
    places: query.rawCityIds.map((id) => ({ place_id: id })),
  };
}

/** The page-level `search_data` echo (page 1 carries server_payload_json, later pages `sort`). */
export function searchDataEcho(query: SearchQuery, firstPage: boolean) {
  const common = {
    cities: query.rawCityIds,
    query_input_type: 'TEXT',
    user_selected_location: userLocation(query),
  };
  if (!firstPage)
    return {
      form_data_json: formFieldsToJson(query.fields, query.sort),
      sort: query.sort,
      ...common,
    };
  const payload = {
    '@type': 'type.googleapis.com/widgets.SearchData.ServerPayload',
    additional_form_data: { data: { sort: { str: { value: query.sort } } } },
  };
  return {
    form_data_json: formFieldsToJson(query.fields),
    server_payload_json: JSON.stringify(payload),
    ...common,
  };
}

function postsMetadata(listings: readonly CorpusListing[], source: string, now: number) {
  return listings.map((l) => ({
    token: l.token,
    sort_date: String(l.sortDateMicros),
    source,
    extra_info: JSON.stringify({
      category: l.category,
      highlight: null,
      matched_rules: [],
      is_enriched_pipeline_consumed: true,
      enriched_pipeline_name: '-',
      freshness: Math.max(0, Math.round(now / 1000 - l.sortDateMicros / 1e6)),
    }),
  }));
}

const SEARCH_LAYERS = {
  results: 'fulltext_t1',
  empty: 'fulltext_t2',
  recommendations: 'fuzzy_filter',
};

/** Everything the page-level info needs besides the query and page. */
export interface PageInfoParts {
  searchId: string;
  jli: Record<string, unknown>;
  searchData: Record<string, unknown>;
  now: number;
}

/** The `action_log.server_side_info.info` object of a search page. */
export function pageLoadInfo(query: SearchQuery, page: SearchPage, parts: PageInfoParts) {
  const hasCards = page.listings.length > 0;
  const last = page.listings.at(-1);
  return {
    '@type': 'type.googleapis.com/action_log.PostListLoadPageInfo',
    cities: query.rawCityIds,
    current_tab: 'default',
    search_data: parts.searchData,
    ...(hasCards ? { tokens: page.listings.map((l) => l.token) } : {}),
    ...(page.isFirstPage ? {} : { page: page.previous?.page ?? 1 }),
    ...(page.hasNextPage ? { has_next_page: true } : {}),
    pelle: { elastic: {} },
    last_post_date_epoch:
      page.kind === 'results' && last ? String(last.sortDateMicros) : ZERO_EPOCH_MICROS,
    search_id: parts.searchId,
    search_uid: page.cursor.searchUid,
    source_view: query.sourceView,
    ...(hasCards
      ? {
          posts_metadata: postsMetadata(
            page.listings,
            page.kind === 'recommendations' ? 'f_relax' : 'f',
            parts.now,
          ),
        }
      : {}),
    jli: parts.jli,
    search_layer: SEARCH_LAYERS[page.kind],
    ...(page.isFirstPage
      ? {
          bookmark_info: {
            search_hash: page.cursor.searchHash,
            bookmark_state: {},
            alert_state: {},
          },
        }
      : {}),
    ...(hasCards
      ? {
          widget_order: page.listings.map((l, i) => ({
            ...(i > 0 ? { index: i } : {}),
            type: 'SEARCH_RESULT',
            track_id: l.token,
          })),
        }
      : {}),
    list_level_extra_info: '{}',
    user_selected_location: userLocation(query),
  };
}
