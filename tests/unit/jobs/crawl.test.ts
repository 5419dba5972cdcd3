import { describe, expect, it } from 'vitest';
import { applyPage, PAGE_SIZE, type PageOutcome } from '@/lib/jobs/crawl';
import type { CrawlJob, Shard } from '@/lib/jobs/types';

const job = (shard: Partial<Shard>): CrawlJob => ({
  id: 'j',
  kind: 'crawl',
  status: 'running',
  url: 'https://divar.ir/s/tehran/buy-apartment',
  body: { search_data: { form_data: { data: {} } } } as CrawlJob['body'],
  title: 't',
  titleEn: 't',
  createdAt: 0,
  updatedAt: 0,
  progress: { pages: 0, listings: 0, recommendationsSkipped: 0, shards: 1, shardsDone: 0 },
  shards: [{ patch: {}, pages: 0, found: 0, isDone: false, ...shard }],
});

const page = (results: number, more: Partial<PageOutcome> = {}): PageOutcome => ({
  tokens: Array.from({ length: results }, (_, i) => `t${i}`),
  recommendations: 0,
  cursor: { page: 1 },
  hasNextPage: true,
  reachedRecommendations: false,
  ...more,
});

const shardAfter = (shard: Partial<Shard>, outcome: PageOutcome) =>
  applyPage(job(shard), 0, outcome, outcome.tokens.length, 1).shards[0];

describe('applyPage', () => {
  it("takes a slice's count from its page 1 when it was not counted before", () => {
    expect(shardAfter({}, page(PAGE_SIZE, { total: 100 }))?.approx).toBe(100);
    expect(shardAfter({ approx: 90 }, page(PAGE_SIZE, { total: 100 }))?.approx).toBe(90);
  });

  it("ends a slice on a part-filled page that reaches divar's count, without asking for the next", () => {
    const last = shardAfter({ approx: 30, pages: 1, found: PAGE_SIZE }, page(6));
    expect(last).toMatchObject({ isDone: true, hitCap: false, found: 30 });
    expect(shardAfter({}, page(5, { total: 5 }))?.isDone).toBe(true);
  });

  it('goes on after a short page below the count, or a full page at it (the count is approximate)', () => {
    expect(shardAfter({ approx: 40, pages: 1, found: PAGE_SIZE }, page(6))?.isDone).toBe(false);
    expect(shardAfter({ approx: 48, pages: 1, found: PAGE_SIZE }, page(PAGE_SIZE))?.isDone).toBe(
      false,
    );
  });
});
