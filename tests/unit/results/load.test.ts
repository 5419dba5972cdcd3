import { describe, expect, it } from 'vitest';
import type { JobStore } from '@/lib/jobs/store';
import {
  growingPages,
  loadAllListings,
  loadJob,
  type ReadListings,
  readViaBackground,
  streamListings,
} from '@/lib/results/load';
import { readFromStore } from '@/lib/results/read-store';
import { startedEarly } from '@/lib/results/started-early';
import { makeListing } from '../export/listings';

const listings = Array.from({ length: 2500 }, (_, i) =>
  makeListing({ token: `t${String(i).padStart(7, '0')}` }),
);

function fakeBackground() {
  const asked: unknown[] = [];
  const send = async (message: unknown) => {
    asked.push(message);
    const m = message as { type: string; offset: number; limit: number };
    if (m.type === 'listJobs') return { ok: true, data: [{ id: 'j1', title: 'ویلا' }] };
    return {
      ok: true,
      data: { total: listings.length, listings: listings.slice(m.offset, m.offset + m.limit) },
    };
  };
  return { send, asked };
}

describe('loading a job for the results page', () => {
  it('reads every listing in pages of 1000, reporting progress', async () => {
    const { send, asked } = fakeBackground();
    const progress: string[] = [];
    const all = await loadAllListings(send, 'j1', (n, total) => progress.push(`${n}/${total}`));
    expect(all).toHaveLength(2500);
    expect(new Set(all.map((l) => l.token)).size).toBe(2500);
    expect(asked).toEqual(
      [0, 1000, 2000].map((offset) => ({ type: 'jobListings', jobId: 'j1', offset, limit: 1000 })),
    );
    expect(progress).toEqual(['1000/2500', '2000/2500', '2500/2500']);
  });

  it('finds the job, or says there is none', async () => {
    const { send } = fakeBackground();
    expect((await loadJob(send, 'j1'))?.title).toBe('ویلا');
    expect(await loadJob(send, 'j2')).toBeUndefined();
  });

  it('passes the background error on', async () => {
    const send = async () => ({ ok: false, error: { kind: 'not-found', message: 'no job' } });
    await expect(loadAllListings(send, 'j1')).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('streaming a job into the results page', () => {
  it('reads a first screenful, then pages ten times larger up to 5,000', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => makeListing({ token: `s${i}` }));
    const asked: [number, number][] = [];
    const read: ReadListings = async (_jobId, offset, limit) => {
      asked.push([offset, limit]);
      return { total: many.length, listings: many.slice(offset, offset + limit) };
    };
    const seen: number[] = [];
    const all = await streamListings(read, 'j1', growingPages, (so, total, done) => {
      expect(total).toBe(20_000);
      expect(done).toBe(so.length === 20_000);
      seen.push(so.length);
    });
    expect(all.map((l) => l.token)).toEqual(many.map((l) => l.token));
    expect(asked.slice(0, 4)).toEqual([
      [0, 100],
      [100, 1000],
      [1100, 5000],
      [6100, 5000],
    ]);
    expect(seen).toEqual([100, 1100, 6100, 11_100, 16_100, 20_000]);
  });

  it('asks the background for no more than its page limit', async () => {
    const { send, asked } = fakeBackground();
    await readViaBackground(send)('j1', 0, 5000);
    expect(asked).toEqual([{ type: 'jobListings', jobId: 'j1', offset: 0, limit: 1000 }]);
  });

  it('reads pages from the job store, opening it once and never counting (a count walks the index)', async () => {
    let opened = 0;
    let counted = 0;
    const store = {
      countListings: async () => {
        counted++;
        return listings.length;
      },
      listings: async (_id: string, offset: number, limit: number) =>
        listings.slice(offset, offset + limit),
    } as unknown as JobStore;
    const read = readFromStore(async () => {
      opened++;
      return store;
    });
    const all = await streamListings(read, 'j1', growingPages);
    expect(all).toHaveLength(2500);
    expect(opened).toBe(1);
    expect(counted).toBe(0);
  });

  it('reads the next page only once what the last page handed back settles', async () => {
    const asked: number[] = [];
    const read: ReadListings = async (_jobId, offset, limit) => {
      asked.push(offset);
      return { total: undefined, listings: listings.slice(offset, offset + limit) };
    };
    let paint: () => void = () => undefined;
    const painted = new Promise<void>((resolve) => {
      paint = resolve;
    });
    const all = streamListings(read, 'j1', growingPages, () => painted);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked).toEqual([0]); // held until the first rows are painted
    paint();
    expect(await all).toHaveLength(2500);
    expect(asked).toEqual([0, 100, 1100]);
  });

  it('ends at a short page when the reader has not counted yet', async () => {
    const read: ReadListings = async (_jobId, offset, limit) => ({
      total: undefined,
      listings: listings.slice(offset, offset + limit),
    });
    const done: boolean[] = [];
    const all = await streamListings(read, 'j1', growingPages, (_so, _total, last) => {
      done.push(last);
    });
    expect(all).toHaveLength(2500);
    expect(done).toEqual([false, false, true]);
  });
});

describe('the results page reading ahead', () => {
  it('reads the first page while the page starts, and hands it over once', async () => {
    const asked: number[] = [];
    const store = {
      countListings: async () => listings.length,
      listings: async (_id: string, offset: number, limit: number) => {
        asked.push(offset);
        return listings.slice(offset, offset + limit);
      },
    } as unknown as JobStore;
    const read = startedEarly(
      readFromStore(async () => store),
      ['j1', 0, 100],
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toEqual([0]); // before anyone asked
    const all = await streamListings(read, 'j1', growingPages);
    expect(all.map((l) => l.token)).toEqual(listings.map((l) => l.token));
    expect(asked).toEqual([0, 100, 1100]);
    await read('j1', 0, 100); // a reload of the page reads again
    expect(asked).toEqual([0, 100, 1100, 0]);
  });
});

describe('a load started early', () => {
  it('hands the started answer only to a first call with the same arguments', async () => {
    const calls: string[] = [];
    const load = async (id: string, n: number) => {
      calls.push(`${id}:${n}`);
      return `${id}:${n}:${calls.length}`;
    };
    const started = startedEarly(load, ['a', 1]);
    expect(calls).toEqual(['a:1']);
    expect(await started('a', 2)).toBe('a:2:2'); // other arguments: loaded afresh
    expect(await started('a', 1)).toBe('a:1:3'); // the early answer was for the first call only
    const again = startedEarly(load, ['b', 1]);
    expect(await again('b', 1)).toBe('b:1:4');
    expect(calls).toEqual(['a:1', 'a:2', 'a:1', 'b:1']);
  });

  it('starts nothing without arguments, and keeps an early failure for its caller', async () => {
    let n = 0;
    const lazy = startedEarly(async () => ++n, undefined);
    expect(n).toBe(0);
    expect(await lazy()).toBe(1);
    const failing = startedEarly(
      async (_: number) => {
        throw new Error('no store');
      },
      [1],
    );
    await new Promise((resolve) => setTimeout(resolve, 0)); // no unhandled rejection meanwhile
    await expect(failing(1)).rejects.toThrow('no store');
  });
});
