import { listingsFromSearchResponse } from '../divar/listing/search';
import type { Listing } from '../divar/listing/types';
import type { SearchResponse } from '../divar/schemas/search-response';
import type { SearchBody } from '../divar/search-body';
import { isAllUnseen } from './diff';
import type { SeenMap } from './types';

/**
 * Most search pages one check reads (24 cards each, newest first). Page 1 only, unless every
 * card on it is new since the last check: then page 2 too, so a burst of new listings is not
 * cut short. Recommendations ("آگهی‌های مشابه") are never read as results.
 */
export const MAX_PAGES_PER_CHECK = 2;

/** One page of a search through the shared web API client (and its politeness budget). */
export type SearchPage = (body: SearchBody, signal?: AbortSignal) => Promise<SearchResponse>;

/** The results a check read, and how many requests it took. */
export interface ReadResult {
  listings: Listing[];
  pages: number;
}

/** Reads the first page(s) of a search for a check (see MAX_PAGES_PER_CHECK). */
export async function readFirstPages(
  search: SearchPage,
  body: SearchBody,
  seen: SeenMap,
  isBaseline: boolean,
  signal?: AbortSignal,
): Promise<ReadResult> {
  const listings: Listing[] = [];
  let cursor: Record<string, unknown> | undefined;
  for (let page = 1; page <= MAX_PAGES_PER_CHECK; page++) {
    const response = await search(cursor ? { ...body, pagination_data: cursor } : body, signal);
    const read = listingsFromSearchResponse(response);
    listings.push(...read.listings);
    cursor = response.pagination?.data;
    const mayGoOn =
      !isBaseline &&
      isAllUnseen(seen, read.listings) &&
      read.recommendations.length === 0 &&
      response.pagination?.has_next_page === true &&
      cursor !== undefined;
    if (!mayGoOn) return { listings, pages: page };
  }
  return { listings, pages: MAX_PAGES_PER_CHECK };
}
