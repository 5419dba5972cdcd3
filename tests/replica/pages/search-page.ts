/** A server-rendered /s/ page: the search the URL stands for, page 1 (or ?page=N), with its state. */
import { ApiError } from '../api/errors.ts';
import { formFieldsToData } from '../api/form-echo.ts';
import { encodeCursor } from '../api/search-cursor.ts';
import { runSearch, type SearchPage } from '../api/search-engine.ts';
import { parseSearchBody, type SearchQuery } from '../api/search-request.ts';
import { buildSearchResponse } from '../api/search-response.ts';
import { searchHeadline, seoDetails } from '../api/search-seo.ts';
import { findCity } from '../data/place-lookup.ts';
import { htmlResponse, type ReplicaResponse } from '../server/http-types.ts';
import type { ReplicaState } from '../server/state.ts';
import { errorPage } from './error-page.ts';
import { heavyExtras } from './heavy-page.ts';
import { escapeHtml, navBar, renderPage } from './html.ts';
import { rootCategory } from './root-category.ts';
import { linkedData } from './search-linked-data.ts';
import { postListMarkup } from './search-markup.ts';
import { searchBodyForUrl } from './url-to-search.ts';

type Json = Record<string, unknown>;

function applyOverride(body: Json, state: ReplicaState): Json {
  const override = state.faults.get().pageStateOverride;
  if (!override) return body;
  const searchData = { ...(body.search_data as Json) };
  if (override.formData) searchData.form_data = { data: override.formData };
  if (override.query !== undefined) searchData.query = override.query;
  return {
    ...body,
    search_data: searchData,
    ...(override.cities ? { city_ids: override.cities } : {}),
  };
}

function pageOf(
  query: SearchQuery,
  state: ReplicaState,
  wanted: number,
): { query: SearchQuery; page: SearchPage } {
  let page = runSearch(query, state);
  for (let number = 2; number <= wanted && page.hasNextPage; number += 1) {
    query = { ...query, cursor: encodeCursor(page.cursor) };
    page = runSearch(query, state);
  }
  return { query, page };
}

function pageState(query: SearchQuery, page: SearchPage, response: Json, loggedIn: boolean) {
  const seo = seoDetails(query);
  const pagination = response.pagination as Json;
  const wrap = (widget: Json) => ({
    data: { widgetType: widget.widget_type, dto: widget, uid: widget.uid ?? '' },
  });
  return {
    nb: {
      showNoSearchResultNotice: response.show_no_search_result_notice,
      listTopWidgets: ((response.list_top_widgets ?? []) as Json[]).map(wrap),
      listWidgets: ((response.list_widgets ?? []) as Json[]).map(wrap),
      listBottomWidgets: [],
      firstPostDate: null,
      filterChips: [],
      seoDetails: {
        title: seo.title,
        description: seo.description,
        headline: seo.headline,
        breadcrumbs: seo.bread_crumb,
        linkedData: linkedData(page.listings),
      },
      pagination: { hasMore: page.hasNextPage, data: pagination.data },
      actionLog: response.action_log,
      searchBar: response.search_bar,
      suggestionCacheData: response.suggestion_cache_data ?? [],
      isLoading: false,
      isLoadingMore: false,
    },
    search: {
      rootCat: rootCategory(),
      realTimeQuery: '',
      searchData: { query: query.text, page: '', formData: formFieldsToData(query.fields) },
    },
    multiCity: {
      selectedCities: query.cityIds.map((id) => ({
        id,
        name: findCity(id)?.name ?? '',
        slug: findCity(id)?.slug ?? '',
        type: '2',
        parent: findCity(id)?.provinceId ?? 0,
      })),
    },
    user: { isLoggedIn: loggedIn },
    httpError: { is404: false, is410: false, is301: false, is302: false },
  };
}

/** Renders /s/…; unknown cities give the 404 page, malformed filters a 400 page. */
export function renderSearchPage(
  url: URL,
  state: ReplicaState,
  loggedIn: boolean,
): ReplicaResponse {
  const body = searchBodyForUrl(url);
  if (body === undefined) return errorPage(404, 'این صفحه پیدا نشد');
  let result: { query: SearchQuery; page: SearchPage };
  try {
    const wanted = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1);
    result = pageOf(parseSearchBody(applyOverride(body, state)), state, wanted);
  } catch (error) {
    if (error instanceof ApiError) return errorPage(400, error.message);
    throw error;
  }
  const { query, page } = result;
  const response = buildSearchResponse(query, page, state) as Json;
  const headline = searchHeadline(query);
  const next = new URL(url);
  next.searchParams.set('page', String(page.cursor.page + 1));
  const more = page.hasNextPage
    ? `<a class="post-list__load-more-btn" href="${escapeHtml(next.pathname + next.search)}">آگهی‌های بیشتر</a>`
    : '';
  const citySlug = findCity(query.cityIds[0] ?? 1)?.slug;
  const heavy = state.faults.get().heavyPages ? heavyExtras(query, state) : undefined;
  const widgets = heavy?.widgets ?? ((response.list_widgets ?? []) as Json[]);
  const app = `${navBar(citySlug)}<main class="browse-post-list"><h1 class="kt-page-title__title">${escapeHtml(headline)}</h1>
${postListMarkup(widgets)}${more}</main>`;
  return htmlResponse(
    200,
    renderPage({
      title: `${headline} | دیوار`,
      app,
      state: pageState(query, page, response, loggedIn),
      ...(heavy ? { extraScript: heavy.script } : {}),
    }),
  );
}
