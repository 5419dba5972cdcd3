import type { SearchBody } from './search-body';

/** The web API search endpoint. */
export const SEARCH_ENDPOINT = 'https://api.divar.ir/v8/postlist/w/search';

/** The headers divar.ir's own web app sends with a search (NOTES §6, captured request). */
export const WEB_HEADERS: Readonly<Record<string, string>> = {
  accept: 'application/json, text/plain, */*',
  'content-type': 'application/json',
  'x-render-type': 'CSR',
  'x-standard-divar-error': 'true',
  'x-web-serving-mode': 'desktop',
};

/** The ways a search request can be copied. */
export type CopyFormat = 'json' | 'curl' | 'fetch';

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** A search request as pretty JSON (the body only). */
export function searchAsJson(body: SearchBody): string {
  return JSON.stringify(body, null, 2);
}

/** A search request as a cURL command with the site's headers only: no session value, ever. */
export function searchAsCurl(body: SearchBody): string {
  const headers = Object.entries(WEB_HEADERS).map(
    ([name, value]) => `  -H ${shellQuote(`${name}: ${value}`)}`,
  );
  return [
    `curl ${shellQuote(SEARCH_ENDPOINT)}`,
    ...headers,
    `  --data-raw ${shellQuote(JSON.stringify(body))}`,
  ].join(' \\\n');
}

/**
 * A search request as a JavaScript `fetch` call for the console on divar.ir: the browser adds
 * the user's own cookies there (`credentials: 'include'`), so no session value is ever written.
 */
export function searchAsFetch(body: SearchBody): string {
  const init = {
    method: 'POST',
    headers: { ...WEB_HEADERS },
    body: JSON.stringify(body),
    credentials: 'include',
  };
  return `fetch(${JSON.stringify(SEARCH_ENDPOINT)}, ${JSON.stringify(init, null, 2)}).then((r) => r.json());`;
}

/** A search request in the chosen format. */
export function formatSearch(format: CopyFormat, body: SearchBody): string {
  if (format === 'curl') return searchAsCurl(body);
  if (format === 'fetch') return searchAsFetch(body);
  return searchAsJson(body);
}
