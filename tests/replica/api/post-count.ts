/** `POST /v8/postlist/w/approximate-post-count` (NOTES §1 #2): `{"count": N}` for a search body. */
import { jsonResponse, type ReplicaResponse, type RouteContext } from '../server/http-types.ts';
import { jsonBody } from './json-body.ts';
import { createListingMatcher } from './search-filter.ts';
import { parseSearchBody } from './search-request.ts';

/** Counts every listing the search body matches (not capped by `maxPages`; cursors are ignored). */
export function answerPostCount(context: RouteContext): ReplicaResponse {
  const query = parseSearchBody(jsonBody(context));
  const matches = createListingMatcher(query, context.state.now());
  const count = context.state.corpus.listings.filter(matches).length;
  return jsonResponse(200, { count });
}
