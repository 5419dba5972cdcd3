// A push of 250 listings through the neutral job and the ingatlanok.hu adapter, against the replica.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tally } from '@/lib/portals/plan';
import { startTestReplica, type TestReplica } from '../../replica/test-support.ts';
import {
  batchItems,
  createPushHarness,
  portalControl,
  portalState,
  postsPerId,
} from './harness.ts';
import { CHOICES, listingsWithGaps, saleListing } from './listings.ts';

let t: TestReplica;
beforeAll(async () => {
  t = await startTestReplica({ corpusSize: 20 });
});
beforeEach(async () => {
  t.replica.faults.reset();
  t.replica.log.clear();
  await portalControl(t, 'reset');
});
afterAll(() => t.replica.close());

const batchCalls = () => t.replica.log.entries().filter((e) => e.path.endsWith('/batch'));

describe('pushing listings to ingatlanok.hu', () => {
  it('sends 250 listings (10 invalid, caught before sending) in 3 batches, then PUTs on a re-run', async () => {
    const h = await createPushHarness(t);
    const listings = listingsWithGaps(250, 25);
    const first = await h.push(listings);
    expect(first.status).toBe('done');
    expect(tally(first)).toMatchObject({ synced: 240, invalid: 10, rejected: 0 });
    expect(first.items.find((i) => i.state === 'invalid')?.missing).toEqual([
      { field: 'price.price', reason: 'no-price' },
    ]);
    expect(batchCalls().map((e) => (e.body as unknown[]).length)).toEqual([90, 90, 60]);
    expect(first.counts).toEqual({ requests: 4, badRequests: 0, batches: 3 });
    expect((await portalState(t)).properties).toHaveLength(240);

    t.replica.log.clear();
    const again = await h.push(listings);
    expect(tally(again)).toMatchObject({ synced: 240, invalid: 10 });
    expect(new Set(batchItems(t).map((i) => i.method))).toEqual(new Set(['PUT']));
    const state = await portalState(t);
    expect(state.properties).toHaveLength(240);
    expect(state.properties.every((p) => p.puts === 1)).toBe(true);
    expect(state.badInHour).toBe(0);
  });

  it('shows each refusal with the portal’s code, and does not send a refused listing again unchanged', async () => {
    const h = await createPushHarness(t);
    await portalControl(t, 'rules', { maxPrice: 32_000 });
    const listings = Array.from({ length: 30 }, (__, i) => saleListing(i + 1));
    const first = await h.push(listings);
    const rejected = first.items.filter((i) => i.state === 'rejected');
    expect(rejected).toHaveLength(10);
    expect(rejected[0]?.error).toMatchObject({
      status: 400,
      code: 2,
      description: expect.stringMatching(/price/),
    });
    expect(first.counts.badRequests).toBe(10);
    t.replica.log.clear();
    const again = await h.push(listings);
    expect(tally(again)).toMatchObject({ skipped: 10, synced: 20 });
    expect(batchItems(t)).toHaveLength(20);
    // Fixed (a lower price): sent again, and accepted.
    const fixed = await h.push(listings.map((l) => ({ ...l, price: 1_000_000_000 })));
    expect(tally(fixed)).toMatchObject({ synced: 30 });
  });

  it('stops well before the hour’s limit and says when it may go on', async () => {
    const h = await createPushHarness(t);
    await portalControl(t, 'rules', { maxPrice: 1 });
    const job = await h.push(Array.from({ length: 200 }, (__, i) => saleListing(i + 1)));
    expect(job.status).toBe('paused');
    expect(job.error?.kind).toBe('portal-budget');
    expect(batchCalls().map((e) => (e.body as unknown[]).length)).toEqual([90]);
    expect((await portalState(t)).badInHour).toBe(90);
    expect(job.resumeAt).toBeGreaterThan(Date.now() + 59 * 60_000);
    expect((await h.service.status()).budget).toMatchObject({ used: 90, left: 0 });
  });

  it('stops at error 12 and shows when sending can resume', async () => {
    const h = await createPushHarness(t);
    await portalControl(t, 'spend', { count: 100 });
    const job = await h.push([saleListing(1)]);
    expect(job).toMatchObject({ status: 'paused', error: { kind: 'portal-budget' } });
    expect(job.resumeAt).toBeGreaterThan(Date.now() + 59 * 60_000);
  });

  it('retries only the items a 5xx hit, alone', async () => {
    const h = await createPushHarness(t);
    await portalControl(t, 'rules', { failOnce: ['dv-Ab000002', 'dv-Ab000004'] });
    const job = await h.push(Array.from({ length: 5 }, (__, i) => saleListing(i + 1)));
    expect(tally(job)).toMatchObject({ synced: 5 });
    expect(batchCalls().map((e) => (e.body as unknown[]).length)).toEqual([5, 2]);
    expect(job.items.find((i) => i.key === 'dv-Ab000002')?.attempts).toBe(2);
  });

  it('after a cut connection asks which ids exist and sends none twice', async () => {
    const h = await createPushHarness(t);
    t.replica.faults.set({ cutConnection: 1, pathIncludes: '/batch' });
    const job = await h.push(Array.from({ length: 12 }, (__, i) => saleListing(i + 1)));
    expect(tally(job)).toMatchObject({ synced: 12 });
    expect([...postsPerId(t).values()].every((n) => n === 1)).toBe(true);
    expect(batchCalls()).toHaveLength(1);
    expect((await portalState(t)).properties).toHaveLength(12);
  });

  it('resumes a push the worker stopped mid-batch: nothing is sent twice', async () => {
    let hang = false;
    const held: Promise<Response>[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const answer = t.fetch(input, init);
      // The request reaches the portal, but the worker is gone before the answer arrives.
      if (hang && String(input).endsWith('/batch')) {
        held.push(answer);
        return new Promise<Response>(() => undefined);
      }
      return answer;
    };
    const h = await createPushHarness(t, fetch);
    await portalControl(t, 'rules', {});
    hang = true;
    const started = await h.service.push(listingsWithGaps(250, 25), CHOICES);
    await expect.poll(() => held.length).toBe(1);
    await held[0];
    hang = false;
    const next = await h.restart();
    expect(await next.resumeAll()).toEqual([started.id]);
    await next.settled(started.id);
    const job = await h.service.job(started.id);
    expect(job && tally(job)).toMatchObject({ synced: 240 });
    expect(job?.resumes).toBe(1);
    expect([...postsPerId(t).values()].every((n) => n === 1)).toBe(true);
    expect(postsPerId(t).size).toBe(240);
    expect((await portalState(t)).properties).toHaveLength(240);
  });
});
