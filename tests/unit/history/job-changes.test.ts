import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { diffRuns, isFullRun, previousRun } from '@/lib/history/job-changes';
import { createRecrawlMarker, jobChanges, recordingJobStore } from '@/lib/history/job-recorder';
import { openJobStore } from '@/lib/jobs/store';
import type { CrawlJob } from '@/lib/jobs/types';
import { listingOf } from './fixtures';

const job = (id: string, createdAt: number, more: Partial<CrawlJob> = {}): CrawlJob =>
  ({
    id,
    kind: 'crawl',
    status: 'done',
    url: 'https://divar.ir/s/tehran/buy-apartment',
    body: {},
    title: 't',
    createdAt,
    updatedAt: createdAt,
    progress: { pages: 1, listings: 0, recommendationsSkipped: 0, shards: 1, shardsDone: 1 },
    shards: [{ patch: {}, pages: 1, found: 0, isDone: true }],
    ...more,
  }) as CrawlJob;

describe('diffRuns', () => {
  it('finds added, removed and re-priced listings with old, new and percent', () => {
    const before = [
      listingOf('gA', { price: 100 }),
      listingOf('gB', { price: 50 }),
      listingOf('gC'),
    ];
    const after = [listingOf('gA', { price: 92 }), listingOf('gB', { price: 50 }), listingOf('gD')];
    const changes = diffRuns(before, after);
    expect(changes.added).toEqual(['gD']);
    expect(changes.removed.map((l) => l.token)).toEqual(['gC']);
    expect(changes.changed).toEqual([
      { token: 'gA', amount: 'price', from: 100, to: 92, percent: -8 },
    ]);
  });

  it('compares a run with the latest earlier finished run of the same search only', () => {
    const jobs = [
      job('old', 1),
      job('newer', 2),
      job('other', 3, { url: 'https://divar.ir/s/tehran/rent' }),
      job('failed', 4, { status: 'failed' }),
      job('now', 5),
    ];
    expect(previousRun(jobs, jobs[4] as CrawlJob)?.id).toBe('newer');
    expect(previousRun(jobs, jobs[0] as CrawlJob)).toBeUndefined();
    expect(
      isFullRun(
        job('capped', 1, {
          shards: [{ patch: {}, pages: 1, found: 1, isDone: true, hitCap: true }],
        }),
      ),
    ).toBe(false);
  });
});

describe('recording jobs into the history', () => {
  it('records saved pages and details, marks 404s, and marks what left a full re-crawl', async () => {
    const calls: unknown[][] = [];
    const history = {
      record: async (listings: { token: string }[], source: string) =>
        void calls.push(['record', source, listings.map((l) => l.token)]),
      markRemoved: async (tokens: string[], why: string) =>
        void calls.push(['removed', why, tokens]),
    };
    const raw = await openJobStore(`jobs-history-${Math.random()}`);
    const store = recordingJobStore(raw, history as never);
    const first = job('j1', 1);
    await store.putJob(first);
    await store.savePage('j1', [listingOf('gA', { price: 100 }), listingOf('gB')], () => first);
    const second = job('j2', 2);
    await store.putJob(second);
    await store.savePage('j2', [listingOf('gA', { price: 90 }), listingOf('gC')], () => second);
    await store.saveListing('j2', listingOf('gC', { tags: ['removed'] }), second);
    await store.saveListing('j2', listingOf('gA', { price: 90, source: 'post' }), second);
    const changes = await jobChanges(store, 'j2');
    expect(changes?.previousJobId).toBe('j1');
    expect(changes?.added).toEqual(['gC']);
    expect(changes?.changed.map((c) => c.percent)).toEqual([-10]);
    await createRecrawlMarker(Promise.resolve(store), history as never)(second);
    expect(calls).toEqual([
      ['record', 'crawl', ['gA', 'gB']],
      ['record', 'crawl', ['gA', 'gC']],
      ['removed', 'not-found', ['gC']],
      ['record', 'details', ['gA']],
      ['removed', 'recrawl', ['gB']],
    ]);
    expect(await jobChanges(store, 'j1')).toBeNull();
  });
});
