import { describe, expect, it, vi } from 'vitest';
import { latestJobList } from '@/lib/jobs/live-jobs';
import { type JobSummary, watchAnyJob, withChangedJobs } from '@/lib/jobs/summary';

const summary = (id: string, createdAt: number, listings = 0) =>
  ({
    id,
    kind: 'crawl',
    status: 'running',
    url: `https://divar.ir/s/tehran/${id}`,
    title: id,
    createdAt,
    updatedAt: createdAt,
    progress: { pages: 0, listings, recommendationsSkipped: 0, shards: 1, shardsDone: 0 },
  }) as JobSummary;

/** A storage.onChanged that the test fires by hand. */
function fakeChanges() {
  const listeners = new Set<(changes: Record<string, unknown>, area: string) => void>();
  return {
    event: {
      addListener: (l: (changes: Record<string, unknown>, area: string) => void) =>
        void listeners.add(l),
      removeListener: (l: (changes: Record<string, unknown>, area: string) => void) =>
        void listeners.delete(l),
    },
    fire: (changes: Record<string, unknown>, area = 'session') => {
      for (const l of listeners) l(changes, area);
    },
  };
}

describe('watchAnyJob', () => {
  it('hands over the summaries that changed, and nothing for other keys or areas', () => {
    const { event, fire } = fakeChanges();
    const onChange = vi.fn();
    const stop = watchAnyJob(event, onChange);
    fire({ 'job:v1:a': { newValue: summary('a', 1, 5) } });
    expect(onChange).toHaveBeenLastCalledWith([summary('a', 1, 5)]);
    fire({ 'tab:v1:3': { newValue: {} } });
    fire({ 'job:v1:a': { newValue: summary('a', 1, 6) } }, 'local');
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    fire({ 'job:v1:a': { newValue: summary('a', 1, 7) } });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('asks for a full list (undefined) when a job was removed or its value is unreadable', () => {
    const { event, fire } = fakeChanges();
    const onChange = vi.fn();
    watchAnyJob(event, onChange);
    fire({ 'job:v1:a': { oldValue: summary('a', 1) } });
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    fire({ 'job:v1:b': { newValue: { id: 'b' } }, 'job:v1:a': { newValue: summary('a', 1) } });
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });
});

describe('withChangedJobs', () => {
  it('puts changed jobs in place and new ones by date, newest first', () => {
    const list = [summary('b', 20), summary('a', 10)];
    expect(
      withChangedJobs(list, [summary('a', 10, 99)]).map((j) => [j.id, j.progress.listings]),
    ).toEqual([
      ['b', 0],
      ['a', 99],
    ]);
    expect(withChangedJobs(list, [summary('c', 30), summary('m', 15)]).map((j) => j.id)).toEqual([
      'c',
      'b',
      'm',
      'a',
    ]);
    expect(withChangedJobs(list, [])).toEqual(list);
  });
});

describe('latestJobList', () => {
  it('shows only the latest answer, even when an earlier one comes after it', async () => {
    const answers: ((jobs: JobSummary[]) => void)[] = [];
    const list = () => new Promise<JobSummary[]>((resolve) => answers.push(resolve));
    const show = vi.fn();
    const jobs = latestJobList(list, show);
    jobs.load();
    expect(jobs.pending()).toBe(true);
    jobs.load(); // a change came while the first answer was on its way
    answers[1]?.([summary('a', 1, 9)]);
    await Promise.resolve();
    answers[0]?.([summary('a', 1, 3)]); // older, and later
    await Promise.resolve();
    expect(show).toHaveBeenCalledTimes(1);
    expect(show).toHaveBeenLastCalledWith([summary('a', 1, 9)]);
    expect(jobs.pending()).toBe(false);
  });

  it('shows undefined when the latest answer failed', async () => {
    const show = vi.fn();
    const jobs = latestJobList(() => Promise.reject(new Error('worker gone')), show);
    jobs.load();
    await vi.waitFor(() => expect(show).toHaveBeenCalledWith(undefined));
    expect(jobs.pending()).toBe(false);
  });
});
