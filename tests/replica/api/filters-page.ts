/**
 * `POST /v8/postlist/w/filters` (NOTES §1 #3, §3.4): the filter widgets for a city/category.
 * Body like a search body; the search data may also come as `data` instead of `search_data`
 * (several scrapers send it so). Wrong wrappers → 400 like search. Answer:
 * `{page: {title, widget_list: [I_NEIGHBORHOOD_ROW, …filters of the category…]}}`.
 */
import { isInCategory } from '../data/categories.ts';
import { jsonResponse, type ReplicaResponse, type RouteContext } from '../server/http-types.ts';
import { tehranJalali } from '../util/jalali.ts';
import { filterSpecs } from './filter-fields.ts';
import { filterWidget } from './filter-widgets.ts';
import { jsonBody } from './json-body.ts';
import { neighborhoodRow } from './neighborhoods.ts';
import { parseSearchBody } from './search-request.ts';
import { queryCategory } from './search-seo.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The filters body with `data` moved to `search_data` when only `data` was sent. */
export function filtersSearchBody(body: unknown): unknown {
  if (!isObject(body) || body.search_data !== undefined || body.data === undefined) return body;
  const { data, ...rest } = body;
  return { ...rest, search_data: data };
}

/** Answers the filters request. */
export function answerFilters(context: RouteContext): ReplicaResponse {
  const { state } = context;
  const query = parseSearchBody(filtersSearchBody(jsonBody(context)));
  const category = queryCategory(query);
  const pool = state.corpus.listings.filter(
    (l) =>
      (query.cityIds.length === 0 || query.cityIds.includes(l.cityId)) &&
      (category === undefined || isInCategory(l.category, category)),
  );
  const year = tehranJalali(state.now()).jy;
  const neighborhoods = neighborhoodRow(query.cityIds, state.corpus);
  const widgets = [
    ...(neighborhoods ? [neighborhoods] : []),
    ...filterSpecs(category).map((spec) => filterWidget(spec, pool, year)),
  ];
  return jsonResponse(200, { page: { title: 'فیلترها', widget_list: widgets } });
}
