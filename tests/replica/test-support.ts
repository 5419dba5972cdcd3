/** Helpers shared by the replica's own tests (not a test file). */
import { createReplicaFetch, type Replica, type ReplicaOptions, startReplica } from './index.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests walk untyped response JSON with plain property access.
export type Json = Record<string, any>;

/** The divar.ir session cookie a logged-in browser holds (the replica takes any value), for browser tests. */
export const SESSION_COOKIE = {
  name: 'sAccessToken',
  value: 'aaa.bbb.ccc',
  domain: '.divar.ir',
  path: '/',
  httpOnly: true,
  secure: true,
} as const;

/** A started replica and a fetch bound to it. */
export interface TestReplica {
  replica: Replica;
  fetch: typeof fetch;
}

/** Starts a replica for a test file. */
export async function startTestReplica(options: ReplicaOptions = {}): Promise<TestReplica> {
  const replica = await startReplica(options);
  return { replica, fetch: createReplicaFetch(replica) };
}

/** A search body like the web app sends (wrappers given as-is). */
export function searchBody(cityIds: string[], data: Json, extra: Json = {}): Json {
  return {
    city_ids: cityIds,
    source_view: 'FILTER',
    disable_recommendation: false,
    map_state: { camera_info: { bbox: {} } },
    search_data: {
      form_data: { data },
      server_payload: {
        '@type': 'type.googleapis.com/widgets.SearchData.ServerPayload',
        additional_form_data: { data: { sort: { str: { value: 'sort_date' } } } },
      },
    },
    ...extra,
  };
}

/** POSTs a search body (object or raw string) and returns status and parsed JSON. */
export async function postSearch(
  fetcher: typeof fetch,
  body: Json | string,
): Promise<{ status: number; json: Json }> {
  const response = await fetcher('https://api.divar.ir/v8/postlist/w/search', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-standard-divar-error': 'true',
      'x-render-type': 'CSR',
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Json };
}

/** POSTs JSON to any replica URL and returns status and parsed JSON (text when not JSON). */
export async function postJson(
  fetcher: typeof fetch,
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Json; headers: Headers }> {
  const response = await fetcher(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let json: Json;
  try {
    json = JSON.parse(text) as Json;
  } catch {
    json = { text };
  }
  return { status: response.status, json, headers: response.headers };
}

/** Tokens of the POST_ROW widgets of a response. */
export function postTokens(json: Json): string[] {
  return ((json.list_widgets ?? []) as Json[])
    .filter((w) => w.widget_type === 'POST_ROW')
    .map((w) => w.data.token as string);
}

/** One page of a crawl, classified. */
export interface CrawledPage {
  json: Json;
  tokens: string[];
  isRecommendation: boolean;
}

/** Pages through a search by echoing the cursor until has_next_page is absent (at most `limit` pages). */
export async function crawlSearch(
  fetcher: typeof fetch,
  body: Json,
  limit = 200,
): Promise<CrawledPage[]> {
  const pages: CrawledPage[] = [];
  let cursor: Json | undefined;
  let inRecommendations = false;
  for (let i = 0; i < limit; i += 1) {
    const { status, json } = await postSearch(
      fetcher,
      cursor ? { ...body, pagination_data: cursor } : body,
    );
    if (status !== 200)
      throw new Error(`search page ${i + 1} failed with ${status}: ${JSON.stringify(json)}`);
    const widgets = (json.list_widgets ?? []) as Json[];
    if (widgets.some((w) => w.widget_type === 'SELECTOR_ROW' && w.data.title === 'آگهی‌های مشابه'))
      inRecommendations = true;
    pages.push({ json, tokens: postTokens(json), isRecommendation: inRecommendations });
    if (json.pagination?.has_next_page !== true) return pages;
    cursor = json.pagination.data;
  }
  throw new Error('crawl did not end');
}

/** Every key path of a JSON value, array indices collapsed to [] (for structure comparisons). */
export function keyPaths(value: unknown, prefix = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) keyPaths(item, `${prefix}[]`, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      into.add(`${prefix}.${key}`);
      keyPaths(child, `${prefix}.${key}`, into);
    }
  }
  return into;
}

/** Parses `window.__PRELOADED_STATE__ = {…};` out of a page (balanced-brace scan, like a content script). */
export function extractPreloadedState(html: string): Json {
  const marker = 'window.__PRELOADED_STATE__ = ';
  const start = html.indexOf(marker);
  if (start < 0) throw new Error('no __PRELOADED_STATE__');
  let depth = 0;
  let inString = false;
  for (let i = start + marker.length; i < html.length; i += 1) {
    const char = html[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0)
      return JSON.parse(html.slice(start + marker.length, i + 1)) as Json;
  }
  throw new Error('unterminated state');
}
