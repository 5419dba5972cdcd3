import { describe, expect, it, vi } from 'vitest';
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
