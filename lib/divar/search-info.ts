import { type CrossCheck, crossCheckPageState, effectiveQuery } from './cross-check';
import type { PageSearchState, StateMissing } from './page-state';
import { type SearchBody, toSearchBody } from './search-body';
import type { SearchQuery, SearchUrlError } from './search-query';
import { parseSearchUrl } from './search-url';

/** Everything the popup shows about a search page, and the body that would be sent. */
export type SearchInfo =
  | {
      ok: true;
      query: SearchQuery;
      crossCheck: CrossCheck | undefined;
      /** Why there is no cross-check: the page's own filters were not known. */
      stateMissing?: StateMissing;
      body: SearchBody;
    }
  | { ok: false; errors: SearchUrlError[] };

/**
 * Reads a search URL and, when the page's own state is known for that same URL, cross-checks
 * it (else it says why not); the body uses the page's filters where the two differ.
 */
export function describeSearch(
  url: string,
  pageState: PageSearchState | StateMissing | undefined,
): SearchInfo {
  const result = parseSearchUrl(url);
  if (!result.ok) return result;
  const crossCheck =
    typeof pageState === 'object' ? crossCheckPageState(result.query, pageState) : undefined;
  return {
    ok: true,
    query: result.query,
    crossCheck,
    ...(typeof pageState === 'string' ? { stateMissing: pageState } : {}),
    body: toSearchBody(effectiveQuery(result.query, crossCheck)),
  };
}
