import 'fake-indexeddb/auto';
import { toSearchBody } from '../lib/divar/search-body';
import { parseSearchUrl } from '../lib/divar/search-url';
import { createDivarSession } from '../lib/divar/session';
import { createDivarWebApi } from '../lib/divar/web-api';
import { systemClock } from '../lib/http/clock';
import { createRateLimiter } from '../lib/http/rate-limiter';
import { createHttp } from '../lib/http/request';
import { createJobManager } from '../lib/jobs/manager';
import { readSearchPage } from '../lib/jobs/read-page';
import { openJobStore } from '../lib/jobs/store';
import { createReplicaFetch, type Replica } from '../tests/replica/index.ts';

/** What one crawl of a search came to. */
export interface CrawlRun {
  tokens: Set<string>;
  /** Listings stored (a token stored twice would make this exceed the set's size). */
  listings: number;
  requests: number;
  throttled: number;
  shards?: number;
}

export function bodyOf(url: string) {
  const result = parseSearchUrl(url);
  if (!result.ok) throw new Error(url);
  return toSearchBody(result.query);
}

/** What the peer scripts do: one page after another, no pacing, a fixed 1 s sleep on a 429. */
export async function naiveCrawl(replica: Replica, url: string): Promise<CrawlRun> {
  const fetch = createReplicaFetch(replica);
  let body: object = bodyOf(url);
  let requests = 0;
  let throttled = 0;
  const tokens = new Set<string>();
  for (;;) {
    requests++;
    const response = await fetch('https://api.divar.ir/v8/postlist/w/search', {
      method: 'POST',
      body: JSON.stringify(body),
    });
    if (response.status === 429) {
      throttled++;
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    const page = await response.json();
    // Real results only (the same reader as ours), so both crawls can be compared token by token.
    const { outcome } = readSearchPage(page);
    for (const token of outcome.tokens) tokens.add(token);
    if (!page.pagination?.has_next_page)
      return { requests, throttled, tokens, listings: tokens.size };
    body = { ...body, pagination_data: page.pagination.data };
  }
}

let stores = 0;

/**
 * Our crawl job as the worker builds it (token bucket at the ceiling, 10% jitter, AIMD rate),
 * with shard cursors side by side, or one at a time (`sequential`: the crawl before them).
 */
export async function jobCrawl(
  replica: Replica,
  url: string,
  ceiling: number,
  sequential = false,
): Promise<CrawlRun> {
  replica.log.clear();
  const limiter = createRateLimiter(
    { ratePerSecond: ceiling, burst: 1, jitter: 0.1 },
    systemClock,
    Math.random,
  );
  const request = createHttp(
    {
      fetch: createReplicaFetch(replica),
      clock: systemClock,
      random: Math.random,
      limiterFor: () => limiter,
    },
    { timeoutMs: 10_000, retries: 4, baseDelayMs: 500, maxDelayMs: 8000 },
  );
  const api = createDivarWebApi({ request, session: createDivarSession(async () => undefined) });
  const store = await openJobStore(`bench-crawl-${stores++}`);
  const manager = createJobManager({
    search: (b, s, onAttempt) => api.search(b, s, onAttempt),
    count: (b, s, onAttempt) => api.count(b, s, onAttempt),
    districts: async (b, s, onAttempt) => (await api.districts(b, s, onAttempt)).map((d) => d.id),
    readPage: readSearchPage,
    store,
    now: Date.now,
    newId: () => 'bench',
    onProgress: () => undefined,
    budget: () => limiter.rate(),
    ...(sequential ? { shardsInFlight: { min: 1, max: 1 } } : {}),
  });
  const job = await manager.start(url, bodyOf(url), 'bench');
  await manager.settled(job.id);
  const entries = replica.log.entries();
  const listings = await store.listings(job.id, 0, 1e6);
  return {
    requests: entries.length,
    throttled: entries.filter((e) => e.status === 429).length,
    tokens: new Set(listings.map((l) => l.token)),
    listings: listings.length,
    shards: (await store.getJob(job.id))?.progress.shards,
  };
}
