import { describe, expect, it } from 'vitest';
import { SHARDS_IN_FLIGHT } from '@/lib/http/in-flight';
import { type CrawlDeps, newCrawlJob, runCrawl } from '@/lib/jobs/runner';
import type { CrawlJob } from '@/lib/jobs/types';
import { type FakeDivarOptions, fakeDivar } from './fake-divar';

// 320 listings over 8 districts, 10 a page, 5 pages a search: the root hits the cap and splits
// by district down to 8 slices of 40 (4 pages each).
const LATENCY_BOUND: FakeDivarOptions = {
  listings: 320,
  districts: 8,
  pageSize: 10,
  maxPages: 5,
  latencyMs: 400,
  perSecond: 10,
  ceiling: 10,
};
const FAST_CEILING = { ...LATENCY_BOUND, perSecond: 1000, ceiling: 1000 };

type Divar = ReturnType<typeof fakeDivar>;

async function crawl(divar: Divar, more: Partial<CrawlDeps> = {}, signal?: AbortSignal) {
  const deps = divar.deps(more);
  let job = await divar.store.getJob('job');
  if (!job) {
    job = newCrawlJob(deps, 'https://divar.ir/s/tehran/buy-apartment', divar.body, 'test');
    await divar.store.putJob(job);
  }
  const done = await divar.clock.run(
    runCrawl(deps, job.id, signal ?? new AbortController().signal),
  );
  const tokens = (await divar.store.listings(job.id, 0, 1e6)).map((l) => l.token);
  return { job: done, tokens };
}

/** The most requests sent within any one second. */
const busiestSecond = (sent: number[]) =>
  Math.max(...sent.map((t) => sent.filter((u) => u >= t && u < t + 1000).length));

const districtsOf = (body: Divar['trace'][number]['body']) =>
  JSON.stringify(body.search_data.form_data.data.districts ?? null);

describe('a crawl split into shards', () => {
  it('runs several shard cursors at once under the requests/s ceiling: no 429, the tokens of a sequential crawl, none twice', async () => {
    const sequential = fakeDivar(LATENCY_BOUND);
    const one = await crawl(sequential, { shardsInFlight: { min: 1, max: 1 } });
    const concurrent = fakeDivar(LATENCY_BOUND);
    const many = await crawl(concurrent);
    expect(one.job?.status).toBe('done');
    expect(many.job?.status).toBe('done');
    expect(many.job?.progress.shards).toBeGreaterThan(8);
    // One page at a time (the count and the district list before page 1 go out together).
    const searches = (divar: Divar) => divar.trace.filter((e) => e.url.endsWith('/search'));
    expect(Math.max(...searches(sequential).map((e) => e.inFlight))).toBe(1);
    expect(concurrent.stats.maxInFlight).toBeGreaterThan(2);
    expect(concurrent.stats.throttled).toBe(0);
    expect(busiestSecond(concurrent.trace.map((e) => e.sent))).toBeLessThanOrEqual(10);
    expect(many.tokens.length).toBe(new Set(many.tokens).size);
    expect([...many.tokens].sort()).toEqual([...one.tokens].sort());
    expect([...many.tokens].sort()).toEqual(concurrent.tokens);
  });

  it('never has more requests in flight than its bound, even when the ceiling would allow more', async () => {
    const free = fakeDivar(FAST_CEILING);
    await crawl(free);
    expect(free.stats.maxInFlight).toBe(SHARDS_IN_FLIGHT.max);
    const bounded = fakeDivar(FAST_CEILING);
    const { job } = await crawl(bounded, { shardsInFlight: { min: 1, max: 3 } });
    expect(job?.status).toBe('done');
    expect(bounded.stats.maxInFlight).toBe(3);
  });

  it('a 429 halves the requests in flight', async () => {
    const divar = fakeDivar(FAST_CEILING);
    let throttledAt: number | undefined;
    divar.setAnswer((body, inFlight) => {
      if (throttledAt !== undefined || inFlight < 4 || !body.search_data) return undefined;
      throttledAt = -1;
      return 429;
    });
    // Counts without a request: every step is one request, so steps in flight are requests.
    const { job, tokens } = await crawl(divar, {
      shardsInFlight: { min: 1, max: 4 },
      count: divar.countOf,
    });
    expect(job?.status).toBe('done');
    expect([...tokens].sort()).toEqual(divar.tokens);
    const answer = divar.trace.find((e) => e.status === 429);
    if (!answer) throw new Error('no 429 was answered');
    const after = divar.trace.filter((e) => e.sent >= answer.at).sort((a, b) => a.sent - b.sent);
    expect(after.length).toBeGreaterThan(2);

    expect(Math.max(...after.slice(0, 2).map((e) => e.inFlight))).toBeLessThanOrEqual(2);
  });

  it('a worker stopped mid-shards resumes every shard where it was, ending with exactly the sequential tokens', async () => {
    const sequential = fakeDivar(LATENCY_BOUND);
    const one = await crawl(sequential, { shardsInFlight: { min: 1, max: 1 } });
    const divar = fakeDivar(LATENCY_BOUND);
    const worker = new AbortController();
    let stoppedAt: CrawlJob | undefined;
    const onProgress = (job: CrawlJob) => {
      const midway = job.shards.filter((s) => s.pages > 0 && !s.isDone);
      if (!stoppedAt && midway.length >= 2) {
        stoppedAt = job;
        worker.abort(new DOMException('worker stopped', 'AbortError'));
      }
    };
    const first = await crawl(divar, { onProgress }, worker.signal);
    expect(first.job?.status).toBe('running');
    const saved = await divar.store.getJob('job');
    const midway = saved?.shards.filter((s) => s.pages > 0 && !s.isDone) ?? [];
    expect(midway.length).toBeGreaterThanOrEqual(2);
    const resumedFrom = divar.trace.length;
    const second = await crawl(divar);
    expect(second.job?.status).toBe('done');
    expect(second.tokens.length).toBe(new Set(second.tokens).size);
    expect([...second.tokens].sort()).toEqual([...one.tokens].sort());
    // Each shard that was midway goes on from its cursor, not from its first page.
    const resumed = divar.trace.slice(resumedFrom).filter((e) => e.url.endsWith('/search'));
    for (const shard of midway) {
      const districts = JSON.stringify(shard.patch.districts ?? null);
      const pages = resumed
        .filter((e) => districtsOf(e.body) === districts)
        .map((e) => e.body.pagination_data?.page ?? 0);
      expect(Math.min(...pages)).toBe(shard.pages);
    }
  });

  it('a shard that fails for the user pauses the job, and the pages other shards had in flight are kept', async () => {
    const divar = fakeDivar(LATENCY_BOUND);
    let isBroken = true;
    const broken = JSON.stringify({ repeated_string: { value: ['d3'] } });
    divar.setAnswer((body) =>
      isBroken && districtsOf(body) === broken && body.pagination_data?.page === 1
        ? 400
        : undefined,
    );
    const { job, tokens } = await crawl(divar);
    expect(job?.status).toBe('paused');
    expect(job?.error).toMatchObject({ kind: 'http', details: { status: 400 } });
    const failure = divar.trace.find((e) => e.status === 400);
    const inFlight = divar.trace.filter(
      (e) =>
        e.status === 200 &&
        e.tokens.length > 0 &&
        e.sent < (failure?.at ?? 0) &&
        e.at > (failure?.at ?? 0),
    );
    expect(inFlight.length).toBeGreaterThan(0);
    for (const page of inFlight) expect(tokens).toEqual(expect.arrayContaining(page.tokens));
    isBroken = false;
    const paused = await divar.store.getJob('job');
    if (!paused) throw new Error('job vanished');
    await divar.store.putJob({ ...paused, status: 'running' });
    const resumed = await crawl(divar);
    expect(resumed.job?.status).toBe('done');
    expect([...resumed.tokens].sort()).toEqual(divar.tokens);
  });
  it('a slow divar and a search under the cap: split by district at once to fill the budget, the same tokens', async () => {
    const whole = { ...LATENCY_BOUND, maxPages: 100 };
    const sequential = fakeDivar(whole);
    const one = await crawl(sequential, { shardsInFlight: { min: 1, max: 1 }, budget: () => 10 });
    expect(one.job?.progress.shards).toBe(1);
    const divar = fakeDivar(whole);
    const many = await crawl(divar, { budget: () => 10 });
    expect(many.job?.status).toBe('done');
    // 320 listings hold 4 slices worth their own count; 8 districts, 2 a slice.
    expect(many.job?.progress.shards).toBe(1 + 4);
    // No count is asked: the district list measures the latency, each slice's page 1 brings
    // its own count, and they add up to the whole search's.
    expect(divar.trace.filter((e) => e.url.endsWith('/count'))).toHaveLength(0);
    expect(divar.trace.filter((e) => e.url.endsWith('/filters'))).toHaveLength(1);
    expect(many.job?.shards.slice(1).map((s) => s.approx)).toEqual([80, 80, 80, 80]);
    expect(many.job?.progress.approximateTotal).toBe(320);
    expect(many.job?.coverage).toBe(1);
    // The four slices' first pages all go out at once (in flight starts at four, not one).
    const firsts = divar.trace.filter((e) => e.url.endsWith('/search') && !e.body.pagination_data);
    expect(Math.max(...firsts.map((e) => e.inFlight))).toBe(4);
    expect(divar.stats.maxInFlight).toBeGreaterThan(2);
    expect(divar.stats.throttled).toBe(0);
    expect(busiestSecond(divar.trace.map((e) => e.sent))).toBeLessThanOrEqual(10);
    expect(many.tokens.length).toBe(new Set(many.tokens).size);
    expect([...many.tokens].sort()).toEqual([...one.tokens].sort());
    // One cursor fills the budget when divar answers fast: the search stays whole.
    const fast = fakeDivar({ ...whole, latencyMs: 60 });
    const kept = (await crawl(fast, { budget: () => 10 })).job;
    expect(kept?.progress.shards).toBe(1);
    // ...and takes its count from its page 1, not from a request of its own.
    expect(fast.trace.filter((e) => e.url.endsWith('/count'))).toHaveLength(0);
    expect(kept?.progress.approximateTotal).toBe(320);
  });

  it('a whole search whose page 1 came without a count asks for it once after page 1', async () => {
    const divar = fakeDivar({
      ...LATENCY_BOUND,
      maxPages: 100,
      latencyMs: 60,
      withoutPageCount: true,
    });
    const { job, tokens } = await crawl(divar, { budget: () => 10 });
    const urls = divar.trace.map((e) => e.url.split('/').pop());
    expect(urls.slice(0, 3)).toEqual(['filters', 'search', 'count']);
    expect(urls.filter((u) => u === 'count')).toHaveLength(1);
    expect(job?.progress.approximateTotal).toBe(320);
    expect(job?.coverage).toBe(1);
    expect([...tokens].sort()).toEqual(divar.tokens);
  });

  it('a speed split stopped midway resumes each slice from its cursor, with every count added once', async () => {
    const whole = { ...LATENCY_BOUND, maxPages: 100 };
    const divar = fakeDivar(whole);
    const worker = new AbortController();
    const onProgress = (job: CrawlJob) => {
      if (job.shards.filter((s) => s.pages > 0 && !s.isDone).length >= 3)
        worker.abort(new DOMException('worker stopped', 'AbortError'));
    };
    const first = await crawl(divar, { onProgress, budget: () => 10 }, worker.signal);
    expect(first.job?.status).toBe('running');
    const resumedFrom = divar.trace.length;
    const second = await crawl(divar, { budget: () => 10 });
    expect(second.job?.status).toBe('done');
    expect(second.tokens.length).toBe(new Set(second.tokens).size);
    expect([...second.tokens].sort()).toEqual(divar.tokens);
    expect(second.job?.progress.approximateTotal).toBe(320);
    // Nothing is asked again on resume: no district list, no count, no slice's page 1 twice.
    const again = divar.trace.slice(resumedFrom);
    expect(again.filter((e) => !e.url.endsWith('/search'))).toEqual([]);
    const firstPages = divar.trace.filter(
      (e) => e.url.endsWith('/search') && !e.body.pagination_data,
    );
    expect(new Set(firstPages.map((e) => districtsOf(e.body))).size).toBe(firstPages.length);
  });
});
