import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Listing } from '@/lib/divar/listing/types';
import { createJobHandlers, type JobHandlerDeps } from '@/lib/jobs/handlers';
import { openJobStore } from '@/lib/jobs/store';
import type { Job } from '@/lib/jobs/types';

const listing = (token: string): Listing => ({
  token,
  url: `https://divar.ir/v/${token}`,
  source: 'card',
  title: token,
  imageUrls: [],
  tags: [],
  facts: {},
  unknownWidgets: [],
});

const job = (id: string) => ({ id, progress: { listings: 0 } }) as unknown as Job;

describe('openJobStore: jobsHolding', () => {
  it('names every job holding each token and leaves out tokens no job holds', async () => {
    const store = await openJobStore('test-store-holding');
    await store.savePage('job-a', ['aaaaaaaa', 'bbbbbbbb'].map(listing), () => job('job-a'));
    await store.savePage('job-b', ['bbbbbbbb', 'cccccccc'].map(listing), () => job('job-b'));
    const holding = await store.jobsHolding(['bbbbbbbb', 'aaaaaaaa', 'zzzzzzzz', 'cccccccc']);
    expect(Object.fromEntries(holding)).toEqual({
      aaaaaaaa: ['job-a'],
      bbbbbbbb: ['job-a', 'job-b'],
      cccccccc: ['job-b'],
    });
    expect(await store.jobsHolding([])).toEqual(new Map());
  });

  it('forgets a deleted job', async () => {
    const store = await openJobStore('test-store-holding-delete');
    await store.savePage('job-a', [listing('aaaaaaaa')], () => job('job-a'));
    await store.deleteJob('job-a');
    expect(await store.jobsHolding(['aaaaaaaa'])).toEqual(new Map());
  });

  it('upgrades a version 1 database, indexing the jobs and listings it already holds', async () => {
    const name = 'test-store-upgrade';
    const v1 = await openDB(name, 1, {
      upgrade(database) {
        database.createObjectStore('jobs', { keyPath: 'id' });
        database
          .createObjectStore('listings', { keyPath: ['jobId', 'listing.token'] })
          .createIndex('byJob', ['jobId', 'seq']);
      },
    });
    await v1.put('jobs', { ...job('old-job'), status: 'running', exportedAt: 9 });
    await v1.put('listings', { jobId: 'old-job', seq: 0, listing: listing('oldoldol') });
    v1.close();
    const store = await openJobStore(name);
    expect(Object.fromEntries(await store.jobsHolding(['oldoldol']))).toEqual({
      oldoldol: ['old-job'],
    });
    expect(await store.listings('old-job', 0, 10)).toEqual([listing('oldoldol')]);
    expect((await store.listJobs()).map((j) => j.id)).toEqual(['old-job']);
    expect((await store.runningJobs()).map((j) => j.id)).toEqual(['old-job']);
    expect(await store.exportedJobIds()).toEqual(['old-job']);
  });
});

describe('pageKnownTokens', () => {
  it('marks the cards any job fetched, those of an exported job, and those collected', async () => {
    const store = await openJobStore('test-store-known');
    await store.savePage('plain', ['aaaaaaaa', 'bbbbbbbb'].map(listing), () => job('plain'));
    await store.savePage('sent', ['bbbbbbbb', 'cccccccc'].map(listing), () => ({
      ...job('sent'),
      exportedAt: 0,
    }));
    const handlers = createJobHandlers({
      store: Promise.resolve(store),
      collection: { read: async () => ({ tokens: ['dddddddd', 'aaaaaaaa'] }) },
    } as unknown as JobHandlerDeps);
    const tokens = ['aaaaaaaa', 'bbbbbbbb', 'cccccccc', 'dddddddd', 'eeeeeeee'];
    const from = { origin: 'content', tabId: 1 } as const;
    expect(await handlers.pageKnownTokens({ type: 'pageKnownTokens', tokens }, from)).toEqual({
      fetched: ['aaaaaaaa', 'bbbbbbbb', 'cccccccc'],
      exported: ['bbbbbbbb', 'cccccccc'],
      collected: ['aaaaaaaa', 'dddddddd'],
    });
  });
});

describe('openJobStore: the jobs by status and export', () => {
  it('finds the running crawls and details runs, and the exported jobs, by index', async () => {
    const store = await openJobStore('test-store-status');
    const put = (id: string, patch: object) => store.putJob({ ...job(id), ...patch } as Job);
    await put('crawling', { status: 'running' });
    await put('detailing', { status: 'done', details: { status: 'running', done: 0, total: 3 } });
    await put('both', { status: 'running', details: { status: 'running', done: 0, total: 3 } });
    await put('finished', { status: 'done', details: { status: 'done', done: 3, total: 3 } });
    await put('sent', { status: 'done', exportedAt: 5 });
    await put('sent-at-zero', { status: 'paused', exportedAt: 0 });
    const running = (await store.runningJobs()).map((j) => j.id).sort();
    expect(running).toEqual(['both', 'crawling', 'detailing']);
    expect((await store.exportedJobIds()).sort()).toEqual(['sent', 'sent-at-zero']);
    await put('crawling', { status: 'done' });
    expect((await store.runningJobs()).map((j) => j.id).sort()).toEqual(['both', 'detailing']);
  });
});
