import { type CrossCheck, crossCheckPageState, effectiveQuery } from './cross-check';
import type { PageSearchState } from './page-state';
import { type SearchBody, toSearchBody } from './search-body';
import type { SearchQuery, SearchUrlError } from './search-query';
import { parseSearchUrl } from './search-url';

/** Everything the popup shows about a search page, and the body that would be sent. */
export type SearchInfo =
  | { ok: true; query: SearchQuery; crossCheck: CrossCheck | undefined; body: SearchBody }
  | { ok: false; errors: SearchUrlError[] };

/**
 * Reads a search URL and, when the page's own state is known for that same URL, cross-checks
 * it; the body uses the page's filters where the two differ.
 */
export function describeSearch(url: string, pageState: PageSearchState | undefined): SearchInfo {
  const result = parseSearchUrl(url);
  if (!result.ok) return result;
  const crossCheck = pageState ? crossCheckPageState(result.query, pageState) : undefined;
  return {
    ok: true,
    query: result.query,
    crossCheck,
    body: toSearchBody(effectiveQuery(result.query, crossCheck)),
  };
}
