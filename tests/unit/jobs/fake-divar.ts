import { z } from 'zod';
import { newListing } from '@/lib/divar/listing/new-listing';
import type { SearchBody } from '@/lib/divar/search-body';
import { createFakeClock } from '@/lib/http/clock';
import { createRateLimiter } from '@/lib/http/rate-limiter';
import { createHttp } from '@/lib/http/request';
import type { CrawlDeps } from '@/lib/jobs/runner';
import type { JobStore } from '@/lib/jobs/store';
import type { Job } from '@/lib/jobs/types';

/** A JobStore in memory: every call is a microtask, so a fake clock's run() sees only sleeps. */
export function memoryStore(): JobStore {
  const jobs = new Map<string, Job>();
  const rows = new Map<string, { token: string; listing: ReturnType<typeof newListing> }[]>();
  const rowsOf = (id: string) => rows.get(id) ?? rows.set(id, []).get(id) ?? [];
  return {
    getJob: async (id) => structuredClone(jobs.get(id)),
    listJobs: async () => [...jobs.values()].map((j) => structuredClone(j)),
    runningJobs: async () =>
      [...jobs.values()]
        .filter((j) => j.status === 'running' || j.details?.status === 'running')
        .map((j) => structuredClone(j)),
    exportedJobIds: async () =>
      [...jobs.values()].flatMap((j) => (j.exportedAt !== undefined ? [j.id] : [])),
    putJob: async (job) => void jobs.set(job.id, structuredClone(job)),
    async savePage(jobId, listings, nextJob) {
      const list = rowsOf(jobId);
      const fresh = listings.filter((l) => !list.some((row) => row.token === l.token));
      list.push(...fresh.map((listing) => ({ token: listing.token, listing })));
      const job = nextJob(fresh.length);
      jobs.set(jobId, structuredClone(job));
      return job;
    },
    saveListing: async () => undefined,
    listings: async (jobId, offset, limit) =>
      rowsOf(jobId)
        .slice(offset, offset + limit)
        .map((row) => row.listing),
    countListings: async (jobId) => rowsOf(jobId).length,
    jobsHolding: async (tokens) =>
      new Map(
        tokens.flatMap((token) => {
          const ids = [...rows].flatMap(([id, list]) =>
            list.some((row) => row.token === token) ? [id] : [],
          );
          return ids.length > 0 ? [[token, ids] as const] : [];
        }),
      ),
    deleteJob: async (id) => void jobs.delete(id),
  };
}

/** What the fake divar serves and how: a corpus split evenly over districts, a depth cap. */
export interface FakeDivarOptions {
  listings: number;
  districts: number;
  pageSize: number;
  /** Most pages one search serves (divar's depth cap). */
  maxPages: number;
  latencyMs: number;
  /** The server's own ceiling: 429 once a client had this many requests in the last second. */
  perSecond: number;
  /** The client's politeness setting, requests per second (the shared limiter). */
  ceiling: number;
  /** Page 1 comes without divar's count (a drifted answer). */
  withoutPageCount?: boolean;
}

type Body = { search_data: { form_data: { data: Record<string, unknown> } } } & {
  pagination_data?: { page: number };
};
const pageSchema = z.object({
  tokens: z.array(z.string()),
  cursor: z.object({ page: z.number() }).optional(),
  has_next_page: z.boolean(),
  /** divar's count for the search, on page 1 only (like `map_data.post_count`). */
  post_count: z.number().optional(),
});

/**
 * A fake divar search API behind a fake fetch on a fake clock, with the crawl's deps around it:
 * the real HTTP client and rate limiter, so pacing, retries and attempt events are the real ones.
 * `answer` lets a test replace one answer (a 429, a 400) by looking at the request.
 */
export function fakeDivar(options: FakeDivarOptions) {
  const clock = createFakeClock(1_000_000);
  const all = Array.from({ length: options.listings }, (_, i) => ({
    token: `t${String(i).padStart(5, '0')}`,
    district: `d${i % options.districts}`,
  }));
  const stats = { inFlight: 0, maxInFlight: 0, throttled: 0, arrivals: [] as number[] };
  /** Every answer: when sent and answered, in flight at arrival (itself included), and what. */
  const trace: {
    sent: number;
    at: number;
    inFlight: number;
    status: number;
    url: string;
    body: Body;
    tokens: string[];
  }[] = [];
  let answer: (body: Body, inFlight: number) => number | undefined = () => undefined;
  const filtered = (body: Body) => {
    const districts = (
      body.search_data.form_data.data.districts as
        | { repeated_string?: { value: string[] } }
        | undefined
    )?.repeated_string?.value;
    return all.filter((l) => !districts || districts.includes(l.district));
  };
  const fetch = (async (url: string, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Body;
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    const inFlight = stats.inFlight;
    const arrival = clock.now();
    try {
      await clock.sleep(options.latencyMs, init?.signal ?? undefined);
    } finally {
      stats.inFlight -= 1;
    }
    const recent = stats.arrivals.filter((t) => arrival - t < 1000);
    const status = answer(body, inFlight) ?? (recent.length >= options.perSecond ? 429 : 200);
    if (status === 200) stats.arrivals.push(arrival);
    if (status === 429) stats.throttled += 1;
    const page = body.pagination_data?.page ?? 0;
    const found = filtered(body);
    const size = options.pageSize;
    const tokens = !url.endsWith('/search')
      ? []
      : found.slice(page * size, (page + 1) * size).map((l) => l.token);
    trace.push({ sent: arrival, at: clock.now(), inFlight, status, url, body, tokens });
    const text = url.endsWith('/count')
      ? JSON.stringify({ count: found.length })
      : url.endsWith('/filters')
        ? JSON.stringify({
            districts: Array.from({ length: options.districts }, (_, i) => `d${i}`),
          })
        : JSON.stringify({
            tokens,
            cursor: { page: page + 1 },
            has_next_page: page + 1 < options.maxPages && (page + 1) * size < found.length,
            ...(page === 0 && !options.withoutPageCount ? { post_count: found.length } : {}),
          });
    return {
      ok: status === 200,
      status,
      headers: new Headers(status === 429 ? { 'retry-after': '1' } : {}),
      text: async () => (status === 200 ? text : '{}'),
    } as Response;
  }) as typeof globalThis.fetch;
  const limiter = createRateLimiter(
    { ratePerSecond: options.ceiling, burst: 1, jitter: 0.1 },
    clock,
    Math.random,
  );
  const request = createHttp(
    { fetch, clock, random: Math.random, limiterFor: () => limiter },
    { timeoutMs: 10_000, retries: 4, baseDelayMs: 500, maxDelayMs: 8000 },
  );
  const store = memoryStore();
  const deps = (more: Partial<CrawlDeps> = {}): CrawlDeps => ({
    search: (body, signal, onAttempt) =>
      request({
        url: 'https://api.divar.ir/search',
        body,
        schema: pageSchema,
        signal,
        onAttempt,
      }) as never,
    count: async (body, signal, onAttempt) =>
      (
        await request({
          url: 'https://api.divar.ir/count',
          body,
          schema: z.object({ count: z.number() }),
          signal,
          onAttempt,
        })
      ).count,
    districts: async (body, signal, onAttempt) =>
      (
        await request({
          url: 'https://api.divar.ir/filters',
          body,
          schema: z.object({ districts: z.array(z.string()) }),
          signal,
          onAttempt,
        })
      ).districts,
    readPage: (response) => {
      const page = response as unknown as z.infer<typeof pageSchema>;
      return {
        listings: page.tokens.map((t) => newListing(t, 'card', t)),
        outcome: {
          tokens: page.tokens,
          recommendations: 0,
          cursor: page.cursor,
          hasNextPage: page.has_next_page,
          reachedRecommendations: false,
          ...(page.post_count !== undefined ? { total: page.post_count } : {}),
        },
      };
    },
    store,
    now: clock.now,
    newId: () => 'job',
    onProgress: () => undefined,
    ...more,
  });
  return {
    clock,
    store,
    deps,
    stats,
    trace,
    tokens: all.map((l) => l.token),
    body: { search_data: { form_data: { data: {} } } } as unknown as SearchBody,
    /** divar's count for a body, without a request (so each step is one request). */
    countOf: async (body: unknown) => filtered(body as Body).length,
    setAnswer: (next: typeof answer) => {
      answer = next;
    },
  };
}
