import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
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
import { createReplicaFetch, type Replica, startReplica } from '../tests/replica/index.ts';

const URL_UNDER_TEST = 'https://divar.ir/s/tehran/buy-apartment';
const CEILING = 10; // requests per second the replica allows per client (sliding 1 s window)
const LATENCY_MS = 60;

function bodyOf(url: string) {
  const result = parseSearchUrl(url);
  if (!result.ok) throw new Error(url);
  return toSearchBody(result.query);
}

/** What the peer scripts do: one page after another, no pacing, a fixed 1 s sleep on a 429. */
async function naiveCrawl(fetch: typeof globalThis.fetch) {
  let body: object = bodyOf(URL_UNDER_TEST);
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
    for (const w of page.list_widgets ?? [])
      if (w.widget_type === 'POST_ROW') tokens.add(w.data.token);
    if (!page.pagination?.has_next_page) return { requests, throttled, found: tokens.size };
    body = { ...body, pagination_data: page.pagination.data };
  }
}

async function ourCrawl(replica: Replica) {
  const before = replica.log.entries().length;
  const limiter = createRateLimiter(
    { ratePerSecond: CEILING, burst: 1, jitter: 0.1 },
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
  const store = await openJobStore(`bench-${Date.now()}`);
  const manager = createJobManager({
    search: (b, s) => api.search(b, s),
    count: (b, s) => api.count(b, s),
    readPage: readSearchPage,
    store,
    now: Date.now,
    newId: () => 'bench',
    onProgress: () => undefined,
  });
  const job = await manager.start(URL_UNDER_TEST, bodyOf(URL_UNDER_TEST), 'bench');
  await manager.settled(job.id);
  const entries = replica.log.entries().slice(before);
  return {
    requests: entries.length,
    throttled: entries.filter((e) => e.status === 429).length,
    found: await store.countListings(job.id),
  };
}

async function timed<T>(run: () => Promise<T>) {
  const start = performance.now();
  const result = await run();
  return { ...result, seconds: (performance.now() - start) / 1000 };
}

/** Crawl throughput against the replica with latency and a rate ceiling, vs a naive sequential crawler. */
export async function benchCrawl(): Promise<string> {
  const replica = await startReplica({ seed: 3 });
  replica.faults.set({ latencyMs: LATENCY_MS, rateLimit: { perSecond: CEILING, windowMs: 1000 } });
  const naive = await timed(() => naiveCrawl(createReplicaFetch(replica)));
  await new Promise((r) => setTimeout(r, 1500)); // let the replica's 1 s window forget the baseline
  replica.log.clear();
  const ours = await timed(() => ourCrawl(replica));
  await replica.close();
  const rate = (r: { requests: number; seconds: number }) => r.requests / r.seconds;
  const row = (name: string, r: typeof naive) =>
    `| ${name} | ${r.found} | ${r.requests} | ${r.throttled} | ${r.seconds.toFixed(2)} | ${rate(r).toFixed(2)} | ${((rate(r) / CEILING) * 100).toFixed(0)}% |`;
  return [
    `## Crawl throughput (replica: ${LATENCY_MS} ms latency, ceiling ${CEILING} requests/s per client; \`${URL_UNDER_TEST}\`)`,
    '',
    '| crawler | listings | requests | 429s | seconds | requests/s | of ceiling |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row('baseline: naive sequential (no pacing, sleep 1 s on 429)', naive),
    row('Divar Actions crawl job (token bucket at the ceiling, 10% jitter, AIMD)', ours),
    '',
    `Ratio (listings per second, ours / baseline): ${(ours.found / ours.seconds / (naive.found / naive.seconds)).toFixed(2)}.`,
    'Our requests include the approximate count and the district list used for splitting past the depth cap.',
    '',
  ].join('\n');
}
