import { listingFromPost } from '../divar/listing/post';
import { listingsFromSearchResponse } from '../divar/listing/search';
import type { Listing } from '../divar/listing/types';
import { type Drifted, driftOf } from '../divar/read/answers';
import type { PostDetail } from '../divar/schemas/post-detail';
import type { SearchResponse } from '../divar/schemas/search-response';
import type { PageOutcome } from './crawl';

/**
 * Reads one search page for the crawler: its real results as Listings, and whether divar moved on
 * to recommendations ("similar posts"), which are counted but never mixed into the results.
 */
export function readSearchPage(response: SearchResponse | Drifted<SearchResponse>): {
  listings: Listing[];
  outcome: PageOutcome;
} {
  const { listings, recommendations, unknown } = listingsFromSearchResponse(response);
  const pagination = response.pagination;
  const drift = driftOf(response);
  return {
    listings,
    outcome: {
      tokens: listings.map((l) => l.token),
      recommendations: recommendations.length,
      cursor: pagination?.data as Record<string, unknown> | undefined,
      hasNextPage: pagination?.has_next_page === true,
      ...(response.map_data?.post_count !== undefined
        ? { total: response.map_data.post_count }
        : {}),
      reachedRecommendations: recommendations.length > 0,
      drift: {
        skipped: drift?.skipped ?? [],
        unknownWidgets: unknown.length,
        ...(drift?.unknownKeys ? { unknownKeys: drift.unknownKeys } : {}),
      },
    },
  };
}

/** The Listing of a posts-v2 answer, carrying the fields its reader skipped. */
export function listingOfPost(response: PostDetail | Drifted<PostDetail>): Listing {
  const listing = listingFromPost(response);
  const skipped = driftOf(response)?.skipped ?? [];
  return skipped.length > 0 ? { ...listing, drift: skipped } : listing;
}
