import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Listing } from '@/lib/divar/listing/types';
import type { SearchBody } from '@/lib/divar/search-body';
import { AppError } from '@/lib/errors';
import { mergeListing, runDetails } from '@/lib/jobs/details';
import { newCrawlJob } from '@/lib/jobs/runner';
import { openJobStore } from '@/lib/jobs/store';

const base = (patch: Partial<Listing>): Listing => ({
  token: 'gammaxvi',
  url: 'https://divar.ir/v/gammaxvi',
  source: 'card',
  title: 'card title',
  imageUrls: [],
  tags: [],
  facts: {},
  unknownWidgets: [],
  ...patch,
});

describe('mergeListing', () => {
  it('lets the detail win where it says something and keeps the card elsewhere', () => {
    const card = base({
      price: 100,
      sortDate: '2026-09-15T00:00:00Z',
      tags: ['نردبان شده'],
      imageUrls: ['thumb'],
    });
    const post = base({ source: 'post', title: 'post title', price: 120, size: 98, imageUrls: [] });
    expect(mergeListing(card, post)).toMatchObject({
      source: 'post',
      title: 'post title',
      price: 120,
      size: 98,
      sortDate: '2026-09-15T00:00:00Z',
      tags: ['نردبان شده'],
      imageUrls: ['thumb'],
    });
  });
});

describe('runDetails', () => {
  it('counts read, removed and unreadable posts apart, and lists the removed ones', async () => {
    const store = await openJobStore('test-details-outcomes');
    const deps = { now: () => 1, newId: () => 'job1' };
    const cards = ['aaaaaaaa', 'bbbbbbbb', 'cccccccc', 'dddddddd'].map((token) =>
      base({ token, url: `https://divar.ir/v/${token}`, title: `آگهی ${token}` }),
    );
    const job = newCrawlJob(deps, 'https://divar.ir/s/tehran/buy-villa', {} as SearchBody, 'x');
    await store.savePage(job.id, cards, () => ({
      ...job,
      status: 'done',
      details: { status: 'running', done: 0, total: 4 },
    }));
    const answers: Record<string, () => Listing> = {
      aaaaaaaa: () => base({ token: 'aaaaaaaa', source: 'post', size: 90 }),
      bbbbbbbb: () => {
        throw new AppError('not-found', '404');
      },
      cccccccc: () => {
        throw new AppError('schema', 'no widgets');
      },
      dddddddd: () => {
        throw new AppError('not-found', '404');
      },
    };
    const done = await runDetails(
      {
        store,
        now: () => 2,
        onProgress: () => undefined,
        postListing: async (token) => (answers[token] as () => Listing)(),
      },
      job.id,
      new AbortController().signal,
    );
    expect(done?.details).toMatchObject({
      status: 'done',
      done: 4,
      total: 4,
      removed: 2,
      failed: 1,
      removedPosts: [
        { token: 'bbbbbbbb', title: 'آگهی bbbbbbbb' },
        { token: 'dddddddd', title: 'آگهی dddddddd' },
      ],
    });
    const saved = await store.listings(job.id, 0, 10);
    expect(saved.map((l) => l.tags.includes('removed'))).toEqual([false, true, false, true]);
  });

  it('reads a card again after the browser stops the worker mid-call ("No SW"), counting no failure', async () => {
    const store = await openJobStore('test-details-no-sw');
    const deps = { now: () => 1, newId: () => 'job2' };
    const cards = ['aaaaaaaa', 'bbbbbbbb'].map((token) =>
      base({ token, url: `https://divar.ir/v/${token}` }),
    );
    const job = newCrawlJob(deps, 'https://divar.ir/s/tehran/buy-villa', {} as SearchBody, 'x');
    await store.savePage(job.id, cards, () => ({
      ...job,
      status: 'done',
      details: { status: 'running', done: 0, total: 2 },
    }));
    const asked: string[] = [];
    const states: string[] = [];
    const done = await runDetails(
      {
        store,
        now: () => 2,
        onProgress: (j) => void states.push(j.details?.status ?? ''),
        postListing: async (token) => {
          asked.push(token);
          if (token === 'bbbbbbbb' && asked.length === 2) throw new Error('No SW');
          return base({ token, source: 'post', size: 70 });
        },
      },
      job.id,
      new AbortController().signal,
    );
    expect(asked).toEqual(['aaaaaaaa', 'bbbbbbbb', 'bbbbbbbb']);
    expect(done?.details).toMatchObject({ status: 'done', done: 2, total: 2 });
    expect(done?.details?.failed ?? 0).toBe(0);
    expect(states).not.toContain('failed');
  });
});
