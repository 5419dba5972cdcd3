import { describe, expect, it, vi } from 'vitest';
import { createPageFetch } from '@/lib/jobs/page-fetch';
import type { JobSummary } from '@/lib/jobs/summary';

const SEARCH = 'https://divar.ir/s/tehran/buy-villa';

function fakeJobs(initial: Partial<JobSummary>[] = []) {
  const jobs = initial.map((job, i) => ({ id: `j${i}`, url: SEARCH, ...job }) as JobSummary);
  const start = vi.fn(async (url: string) => {
    await Promise.resolve();
    const job = { id: `j${jobs.length}`, url, status: 'running' } as JobSummary;
    jobs.push(job);
    return job;
  });
  const showTab = vi.fn(async () => undefined);
  const fetch = createPageFetch({ listJobs: async () => [...jobs], start, showTab });
  return { fetch, start, showTab, jobs };
}

describe('Fetch all from a page', () => {
  it('starts a crawl, and a second press reopens it instead of starting another', async () => {
    const { fetch, start, showTab } = fakeJobs();
    expect(await fetch(SEARCH, 7)).toMatchObject({ started: true, job: { id: 'j0' } });
    expect(await fetch(SEARCH, 7)).toMatchObject({ started: false, job: { id: 'j0' } });
    expect(start).toHaveBeenCalledTimes(1);
    expect(showTab).toHaveBeenCalledWith(7);
  });

  it('shares one start between presses racing each other', async () => {
    const { fetch, start } = fakeJobs();
    const answers = await Promise.all([fetch(SEARCH, 7), fetch(SEARCH, 7), fetch(SEARCH, 7)]);
    expect(start).toHaveBeenCalledTimes(1);
    expect(new Set(answers.map((a) => a.job.id))).toEqual(new Set(['j0']));
  });

  it('treats a paused crawl as running, and starts afresh after a finished or cancelled one', async () => {
    const paused = fakeJobs([{ status: 'paused' }]);
    expect(await paused.fetch(SEARCH, 1)).toMatchObject({ started: false });
    for (const status of ['done', 'cancelled'] as const) {
      const over = fakeJobs([{ status }]);
      expect(await over.fetch(SEARCH, 1)).toMatchObject({ started: true });
    }
  });

  it('keeps searches apart', async () => {
    const { fetch, start } = fakeJobs([{ status: 'running' }]);
    expect(await fetch(`${SEARCH}?size=40-90`, 1)).toMatchObject({ started: true });
    expect(start).toHaveBeenCalledWith(`${SEARCH}?size=40-90`, 1);
  });
});
