import { describe, expect, it } from 'vitest';
import { fetchAllLabel, readProgress } from '@/lib/content/job-progress';
import { pageProgressOf, showsJobSearch } from '@/lib/jobs/tab-progress';
import type { CrawlJob } from '@/lib/jobs/types';

const NOW = 1_000_000;
const job = (patch: Partial<CrawlJob>): CrawlJob =>
  ({
    id: 'j',
    kind: 'crawl',
    status: 'running',
    url: 'https://divar.ir/s/tehran/buy-villa',
    body: {},
    title: '',
    createdAt: 0,
    updatedAt: 0,
    progress: {
      pages: 2,
      listings: 48,
      recommendationsSkipped: 0,
      shards: 1,
      shardsDone: 0,
      approximateTotal: 165,
    },
    shards: [],
    log: [{ at: 1, path: 'api.divar.ir/v8/postlist/w/search', attempt: 1, ms: 5 }],
    ...patch,
  }) as CrawlJob;

describe('the Fetch all button while its search is fetched', () => {
  it('counts what was fetched', () => {
    const progress = readProgress(pageProgressOf(job({})));
    expect(fetchAllLabel(progress, 'fa', NOW)).toBe('در حال دریافت: ۴۸ از ۱۶۵');
    expect(fetchAllLabel(progress, 'en', NOW)).toBe('Fetching: 48 of 165');
  });

  it('counts a wait down', () => {
    const waiting = job({
      activity: { state: 'waiting', reason: 'rate-limit', until: NOW + 20_000, since: NOW },
    });
    expect(fetchAllLabel(readProgress(pageProgressOf(waiting)), 'fa', NOW)).toBe(
      'در انتظار دیوار: ۲۰ ثانیه',
    );
  });

  it('is plain again once the crawl is over, and without a word from the background', () => {
    expect(fetchAllLabel(readProgress(pageProgressOf(job({ status: 'done' }))), 'fa', NOW)).toBe(
      'دریافت همه',
    );
    expect(fetchAllLabel(undefined, 'en', NOW)).toBe('Fetch all');
  });

  it('tells a tab only what the button says: no body, cursor or log', () => {
    expect(Object.keys(pageProgressOf(job({}))).sort()).toEqual([
      'listings',
      'phase',
      'total',
      'type',
      'url',
    ]);
  });

  it.each([
    null,
    'x',
    { type: 'jobProgress' },
    { type: 'jobProgress', url: 'u', phase: 'evil', listings: 1 },
    { type: 'jobProgress', url: 'u', phase: 'fetching', listings: -1 },
  ])('ignores a message that is not a progress word: %j', (message) => {
    expect(readProgress(message)).toBeUndefined();
  });

  it("matches the tab that shows the job's search", () => {
    expect(
      showsJobSearch(
        'https://divar.ir/s/tehran/buy-villa#x',
        'https://divar.ir/s/tehran/buy-villa',
      ),
    ).toBe(true);
    expect(
      showsJobSearch(
        'https://divar.ir/s/tehran/buy-villa?price=1',
        'https://divar.ir/s/tehran/buy-villa',
      ),
    ).toBe(false);
    expect(showsJobSearch(undefined, 'https://divar.ir/s/tehran')).toBe(false);
  });
});
