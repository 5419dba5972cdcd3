import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSearchBody } from '@/lib/divar/search-body';
import { parseSearchUrl } from '@/lib/divar/search-url';
import { createDivarSession } from '@/lib/divar/session';
import { createDivarWebApi } from '@/lib/divar/web-api';
import { systemClock } from '@/lib/http/clock';
import { createHttp } from '@/lib/http/request';
import { createJobManager } from '@/lib/jobs/manager';
import { listingOfPost, readSearchPage } from '@/lib/jobs/read-page';
import { openJobStore } from '@/lib/jobs/store';
import type { CrawlJob } from '@/lib/jobs/types';
import { createReplicaFetch, type Replica, startReplica } from '../../replica/index.ts';

let replica: Replica;
beforeAll(async () => {
  replica = await startReplica({ seed: 11, maxPages: 6, pageSize: 24 });
});
afterAll(() => replica.close());

let dbCounter = 0;
/** Every state a job was saved in, in order (what the popup was shown). */
const progress: CrawlJob[] = [];
/** Runs at each saved state (a test can make the browser's APIs fail there). */
let onSaved: ((job: CrawlJob) => void) | undefined;
async function setup(
  corrupt?: (n: number, text: string) => string,
  dbName = `test-crawl-${dbCounter++}`,
) {
  const replicaFetch = createReplicaFetch(replica);
  let searches = 0;
  // Lets a test damage one answer on the way, as a changed divar API would.
  const fetch = (async (url: string, init?: RequestInit) => {
    const response = await replicaFetch(url, init);
    if (!corrupt || !String(url).endsWith('/postlist/w/search')) return response;
    return new Response(corrupt(++searches, await response.text()), {
      status: response.status,
      headers: response.headers,
    });
  }) as typeof globalThis.fetch;
  const request = createHttp(
    { fetch, clock: systemClock, random: Math.random },
    { timeoutMs: 800, retries: 8, baseDelayMs: 5, maxDelayMs: 40 },
  );
  const api = createDivarWebApi({ request, session: createDivarSession(async () => undefined) });
  const store = await openJobStore(dbName);
  let ids = 0;
  const manager = createJobManager({
    search: (body, signal, onAttempt) => api.search(body, signal, onAttempt),
    count: (body, signal) => api.count(body, signal),
    districts: async (body, signal) => (await api.districts(body, signal)).map((d) => d.id),
    readPage: readSearchPage,
    postListing: async (token, signal, onAttempt) =>
      listingOfPost(await api.post(token, signal, onAttempt)),
    viewport: (body, bbox, signal) => api.viewport(body, bbox, signal),
    store,
    now: Date.now,
    newId: () => `job-${ids++}`,
    onProgress: (job) => {
      progress.push(job);
      onSaved?.(job);
    },
  });
  return { manager, store };
}

const bodyOf = (url: string) => {
  const result = parseSearchUrl(url);
  if (!result.ok) throw new Error(url);
  return toSearchBody(result.query);
};

async function crawl(url: string) {
  const { manager, store } = await setup();
  const parsed = parseSearchUrl(url);
  const mapBbox = parsed.ok ? parsed.query.mapBbox : undefined;
  const job = await manager.start(url, bodyOf(url), 'test', mapBbox);
  await manager.settled(job.id);
  const done = await store.getJob(job.id);
  const listings = await store.listings(job.id, 0, 100_000);
  return { job: done, tokens: listings.map((l) => l.token), manager, store };
}

describe('crawl against the replica', () => {
  it('fetches every result of a search once, and stops at the recommendations', async () => {
    const url = 'https://divar.ir/s/karaj/buy-apartment';
    const { job, tokens } = await crawl(url);
    expect(job?.status).toBe('done');
    const expected = await createDivarWebApi({
      request: createHttp(
        { fetch: createReplicaFetch(replica), clock: systemClock, random: Math.random },
        { timeoutMs: 2000, retries: 1, baseDelayMs: 1, maxDelayMs: 1 },
      ),
      session: createDivarSession(async () => undefined),
    }).count(bodyOf(url));
    expect(new Set(tokens).size).toBe(tokens.length);
    const all = replica.corpus.listings.filter(
      (l) => l.cityId === 2 && l.category === 'apartment-sell',
    );
    const missing = all.filter((l) => !tokens.includes(l.token));
    expect(
      missing.map((l) => ({
        token: l.token,
        price: l.price,
        district: l.districtId,
        sort: l.sortDateMicros,
      })),
    ).toEqual([]);
    expect(tokens.length).toBe(expected);
    expect(job?.progress.recommendationsSkipped).toBeGreaterThan(0);
    expect(job?.coverage).toBe(1);
  });

  it('splits a search past the depth cap by district and price and still finds everything', async () => {
    const { job, tokens } = await crawl('https://divar.ir/s/tehran/buy-apartment');
    expect(job?.status).toBe('done');
    expect(job?.progress.shards).toBeGreaterThan(1);
    expect(new Set(tokens).size).toBe(tokens.length);
    const all = replica.corpus.listings.filter(
      (l) => l.cityId === 1 && l.category === 'apartment-sell',
    );
    expect(all.length).toBeGreaterThan(6 * 24 * 2);
    expect([...tokens].sort()).toEqual(all.map((l) => l.token).sort());
    expect(job?.coverage).toBe(1);
  });

  it('with 10% faults (429, 5xx, timeouts, cut connections) ends with exactly the fault-free listings', async () => {
    const url = 'https://divar.ir/s/mashhad/buy-apartment';
    const clean = await crawl(url);
    replica.faults.set({
      faultRate: { probability: 0.1, kinds: ['429', '5xx', 'timeout', 'cut'], holdMs: 2000 },
    } as never);
    try {
      const faulty = await crawl(url);
      expect(faulty.job?.status).toBe('done');
      expect([...faulty.tokens].sort()).toEqual([...clean.tokens].sort());
    } finally {
      replica.faults.reset();
    }
  });

  it('pauses on a response that fails its schema, naming the field, keeps what it has, and resumes', async () => {
    const url = 'https://divar.ir/s/shiraz/buy-apartment';
    const clean = await crawl(url);
    let isBroken = true;
    const { manager, store } = await setup((n, text) =>
      isBroken && n === 3 ? text.replace('"list_widgets":', '"list_widgets":"oops","x":') : text,
    );
    const job = await manager.start(url, bodyOf(url), 'test');
    await manager.settled(job.id);
    const paused = await store.getJob(job.id);
    expect(paused?.status).toBe('paused');
    expect(paused?.error).toMatchObject({ kind: 'schema', details: { path: 'list_widgets' } });
    expect(await store.countListings(job.id)).toBe(2 * 24);
    isBroken = false;
    await manager.resume(job.id);
    await manager.settled(job.id);
    expect((await store.getJob(job.id))?.status).toBe('done');
    expect((await store.listings(job.id, 0, 10_000)).map((l) => l.token).sort()).toEqual(
      [...clean.tokens].sort(),
    );
  });

  it('a drifting divar (numbers as text, new keys and widgets, odd leaves) loses no listing and says what it skipped', async () => {
    const url = 'https://divar.ir/s/shiraz/buy-apartment';
    const clean = await crawl(url);
    replica.faults.set({ drift: true });
    try {
      const drifted = await crawl(url);
      expect(drifted.job?.status).toBe('done');
      expect([...drifted.tokens].sort()).toEqual([...clean.tokens].sort());
      const cleanPrices = new Map(
        (await clean.store.listings(clean.job?.id ?? '', 0, 1e5)).map((l) => [l.token, l.price]),
      );
      for (const listing of await drifted.store.listings(drifted.job?.id ?? '', 0, 1e5))
        expect(listing.price).toBe(cleanPrices.get(listing.token));
      const drift = drifted.job?.drift;
      expect(drift?.skipped.map((e) => e.path)).toEqual([
        'list_widgets[POST_ROW].data.image_count',
      ]);
      // Every card had it, recommendations (read, then left out) included.
      expect(drift?.skipped[0]?.count).toBeGreaterThanOrEqual(clean.tokens.length);
      expect(drift?.unknownWidgets).toBeGreaterThan(0);
      // The details of every listing: each post's odd leaf is skipped, its facts kept.
      const id = drifted.job?.id ?? '';
      await drifted.manager.startDetails(id);
      await drifted.manager.settled(id);
      const done = await drifted.store.getJob(id);
      expect(done?.details?.status).toBe('done');
      expect(done?.drift?.skipped.find((e) => e.path === 'webengage.image_count')?.count).toBe(
        clean.tokens.length,
      );
      const posts = await drifted.store.listings(id, 0, 1e5);
      expect(posts.every((l) => l.source === 'post' && l.drift?.length === 1)).toBe(true);
      expect(posts.map((l) => l.price)).toEqual(posts.map((l) => cleanPrices.get(l.token)));
    } finally {
      replica.faults.reset();
    }
  });

  it('while divar says "wait" (429, Retry-After), the job is saved as waiting, why and until when, and logs it', async () => {
    const url = 'https://divar.ir/s/shiraz/buy-villa';
    replica.faults.set({
      rateLimit: { burst: 1, retryAfterSeconds: 1 },
      pathIncludes: '/postlist/w/search',
    });
    progress.length = 0;
    try {
      const { job } = await crawl(url);
      expect(job?.status).toBe('done');
      const waits = progress.filter((j) => j.activity?.state === 'waiting');
      expect(waits[0]?.activity).toMatchObject({ reason: 'rate-limit', status: 429 });
      const wait = waits[0]?.activity;
      expect((wait?.until ?? 0) - (wait?.since ?? 0)).toBeGreaterThanOrEqual(1000);
      expect(job?.activity).toBeUndefined();
      const throttled = job?.log?.find((e) => e.status === 429);
      expect(throttled).toMatchObject({
        error: 'rate-limit',
        path: 'api.divar.ir/v8/postlist/w/search',
      });
      expect(throttled?.retryInMs).toBeGreaterThanOrEqual(1000);
      expect(job?.log?.filter((e) => e.status === 200).length).toBe(job?.progress.pages);
    } finally {
      replica.faults.reset();
    }
  });

  it('an API that fails as the browser stops the worker ("No SW") does not fail the job', async () => {
    let thrown = 0;
    onSaved = (job) => {
      if (job.progress.pages === 2 && thrown++ === 0) throw new Error('No SW');
    };
    const { job: done, tokens } = await crawl('https://divar.ir/s/tehran/buy-apartment');
    onSaved = undefined;
    expect(thrown).toBeGreaterThan(0);
    expect(done?.status).toBe('done');
    expect(tokens.length).toBeGreaterThan(24);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(progress.some((job) => job.status === 'failed')).toBe(false);
  });

  it('a worker that dies mid-crawl resumes from its checkpoint with the same listings', async () => {
    const url = 'https://divar.ir/s/isfahan/buy-apartment';
    const clean = await crawl(url);
    const name = `test-crawl-${dbCounter++}`;
    const first = await setup(undefined, name);
    const job = await first.manager.start(url, bodyOf(url), 'test');
    // Let two pages land, then drop the manager as a stopped service worker would.
    while (((await first.store.getJob(job.id))?.progress.pages ?? 0) < 2)
      await new Promise((r) => setTimeout(r, 5));
    await first.manager.pause(job.id);
    const stopped = await first.store.getJob(job.id);
    if (!stopped) throw new Error('job vanished');
    await first.store.putJob({ ...stopped, status: 'running' });
    const second = await setup(undefined, name);
    expect(await second.manager.resumeAll()).toEqual([job.id]);
    await second.manager.settled(job.id);
    expect((await second.store.getJob(job.id))?.status).toBe('done');
    expect((await second.store.listings(job.id, 0, 10_000)).map((l) => l.token).sort()).toEqual(
      [...clean.tokens].sort(),
    );
  });

  it('fetches the post details of every listing, pausable and resumable, keeping the order', async () => {
    const url = 'https://divar.ir/s/shiraz/buy-villa';
    const { manager, store } = await setup();
    const job = await manager.start(url, bodyOf(url), 'test');
    await manager.settled(job.id);
    const before = await store.listings(job.id, 0, 1000);
    await manager.startDetails(job.id);
    while (((await store.getJob(job.id))?.details?.done ?? 0) < 5)
      await new Promise((r) => setTimeout(r, 5));
    const paused = await manager.pauseDetails(job.id);
    expect(paused.details?.status).toBe('paused');
    expect(paused.details?.done).toBeLessThan(before.length);
    await manager.startDetails(job.id);
    await manager.settled(job.id);
    const done = await store.getJob(job.id);
    expect(done?.details).toMatchObject({
      status: 'done',
      done: before.length,
      total: before.length,
    });
    const after = await store.listings(job.id, 0, 1000);
    expect(after.map((l) => l.token)).toEqual(before.map((l) => l.token));
    expect(after.every((l) => l.source === 'post')).toBe(true);
    // The detail adds what a card lacks: a description and a location.
    expect(after.every((l) => l.description && l.location)).toBe(true);
  });

  it('a map-mode URL fetches the pins inside its box, with coordinates', async () => {
    const { job, tokens, store } = await crawl(
      'https://divar.ir/s/tehran/buy-apartment?map_bbox=51.1,35.5,51.7,35.9',
    );
    expect(job?.status).toBe('done');
    expect(tokens.length).toBeGreaterThan(10);
    const listings = await store.listings(job?.id ?? '', 0, 1000);
    expect(
      listings.every(
        (l) => l.location && l.location.latitude >= 35.5 && l.location.latitude <= 35.9,
      ),
    ).toBe(true);
    expect(job?.coverage).toBeGreaterThan(0);
  });
});
