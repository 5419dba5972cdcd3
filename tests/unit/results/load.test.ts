import { describe, expect, it } from 'vitest';
import { loadAllListings, loadJob } from '@/lib/results/load';
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
