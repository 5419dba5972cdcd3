/**
 * Which listings a search page holds. Real results come newest first, positioned by the echoed
 * cursor's `last_post_date` and `viewed_tokens`; after the last real page (or `maxPages`) come
 * `recommendationPages` pages of non-matching listings, then the empty last page.
 */
import { createHash } from 'node:crypto';
import type { CorpusListing } from '../corpus/types.ts';
import type { ReplicaState } from '../server/state.ts';
import { isoToMicros, microsToIso, msToNanoIso, ZERO_DATE } from '../util/time.ts';
import { formFieldsToData } from './form-echo.ts';
import { type CursorState, decodeCursor, signSearchUid } from './search-cursor.ts';
import { createListingMatcher } from './search-filter.ts';
import type { SearchQuery } from './search-request.ts';

/** One computed page of a search. */
export interface SearchPage {
  kind: 'results' | 'recommendations' | 'empty';
  listings: CorpusListing[];
  isFirstPage: boolean;
  hasNextPage: boolean;
  /** The cursor the client came with (undefined on page 1). */
  previous?: CursorState;
  /** The cursor to send back in `pagination.data`. */
  cursor: CursorState;
  /** Whether this page opens the recommendations (DIVIDER_ROW + "آگهی‌های مشابه"). */
  opensRecommendations: boolean;
  /** Number of listings matching the search (before paging and the depth cap). */
  matchCount: number;
  matches: CorpusListing[];
}

const RECOMMENDATIONS_LAYER = 36;
const digest = (text: string, encoding: 'hex' | 'base64') =>
  createHash('md5').update(text).digest(encoding);

/** Stable identity of a search (cities, normalised filters, sort and text). */
export function searchIdentity(query: SearchQuery) {
  const canonical = JSON.stringify([
    [...query.rawCityIds].sort(),
    formFieldsToData(query.fields, query.sort),
    query.text,
  ]);
  return {
    filtersHash: digest(canonical, 'base64'),
    searchHash: digest(`bookmark|${canonical}`, 'hex'),
  };
}

function firstCursor(query: SearchQuery, state: ReplicaState): CursorState {
  const { filtersHash, searchHash } = searchIdentity(query);
  const firstPageViewedAt = msToNanoIso(state.now(), Math.floor(Math.random() * 1e6));
  const searchUid = signSearchUid(state.secret, filtersHash, firstPageViewedAt);
  const base = { page: 0, layerId: 1, layerPage: 0, lastPostDate: '', viewedTokens: [] };
  return {
    ...base,
    cumulative: 0,
    searchUid,
    firstPageViewedAt,
    filtersHash,
    searchHash,
    similarDivider: false,
  };
}

function nextResults(prev: CursorState, matches: CorpusListing[], state: ReplicaState) {
  if (prev.page >= state.settings.maxPages) return [];
  const boundary =
    prev.lastPostDate === '' ? Infinity : (isoToMicros(prev.lastPostDate) ?? -Infinity);
  const viewed = new Set(prev.viewedTokens);
  const remaining = matches.filter((l) => l.sortDateMicros < boundary && !viewed.has(l.token));
  return remaining.slice(0, state.settings.pageSize);
}

function recommendations(query: SearchQuery, matched: Set<string>, state: ReplicaState) {
  const others = state.corpus.listings.filter((l) => !matched.has(l.token));
  const nearby = others.filter(
    (l) => query.cityIds.length === 0 || query.cityIds.includes(l.cityId),
  );
  return nearby.length > 0 ? nearby : others;
}

/** Computes the page a search request asks for (throws ApiError(400) for a bad cursor). */
export function runSearch(query: SearchQuery, state: ReplicaState): SearchPage {
  const { filtersHash } = searchIdentity(query);
  const previous =
    query.cursor === undefined ? undefined : decodeCursor(query.cursor, filtersHash, state.secret);
  const prev = previous ?? firstCursor(query, state);
  const matches = state.corpus.listings.filter(createListingMatcher(query, state.now()));
  const common = { previous, matchCount: matches.length, matches, isFirstPage: prev.page === 0 };
  const page = prev.page + 1;
  const inRecommendations = prev.layerId === RECOMMENDATIONS_LAYER;
  // A results-layer cursor at the zero date came with the empty last page: stay empty.
  const exhausted = previous !== undefined && !inRecommendations && prev.lastPostDate === ZERO_DATE;
  if (!inRecommendations && !exhausted) {
    const listings = nextResults(prev, matches, state);
    const last = listings.at(-1);
    if (last !== undefined) {
      const viewedTokens = [...prev.viewedTokens, ...listings.map((l) => l.token)];
      const lastPostDate = microsToIso(last.sortDateMicros);
      const cursor = {
        ...prev,
        page,
        lastPostDate,
        viewedTokens,
        cumulative: prev.cumulative + listings.length,
      };
      return {
        ...common,
        kind: 'results',
        listings,
        hasNextPage: true,
        cursor,
        opensRecommendations: false,
      };
    }
  }
  const recIndex = inRecommendations ? prev.layerPage : 0;
  const wantsRecs =
    !exhausted && !query.disableRecommendation && recIndex < state.settings.recommendationPages;
  const size = state.settings.pageSize;
  const recs = wantsRecs
    ? recommendations(query, new Set(matches.map((l) => l.token)), state).slice(
        recIndex * size,
        (recIndex + 1) * size,
      )
    : [];
  if (recs.length > 0) {
    const cursor = {
      ...prev,
      page,
      layerId: RECOMMENDATIONS_LAYER,
      layerPage: recIndex + 1,
      lastPostDate: ZERO_DATE,
      cumulative: prev.cumulative + recs.length,
      similarDivider: true,
    };
    return {
      ...common,
      kind: 'recommendations',
      listings: recs,
      hasNextPage: true,
      cursor,
      opensRecommendations: recIndex === 0,
    };
  }
  const cursor = { ...prev, page, layerPage: prev.layerPage + 1, lastPostDate: ZERO_DATE };
  return {
    ...common,
    kind: 'empty',
    listings: [],
    hasNextPage: false,
    cursor,
    opensRecommendations: false,
  };
}
