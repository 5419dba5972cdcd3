import type { Listing } from '../divar/listing/types';
import type { SearchBody } from '../divar/search-body';
import { AppError, toErrorInfo } from '../errors';
import { applyPage, bodyForShard, nextShard, type PageOutcome } from './crawl';
import type { JobStore } from './store';
import type { CrawlJob } from './types';

/** What the crawl runner is built from; tests pass the replica's API and a fake store. */
export interface CrawlDeps {
  search(body: SearchBody, signal: AbortSignal): Promise<unknown>;
  count(body: SearchBody, signal: AbortSignal): Promise<number>;
  /** Reads a search response into listings and the page outcome (results vs recommendations). */
  readPage(response: unknown): { listings: Listing[]; outcome: PageOutcome };
  store: JobStore;
  now(): number;
  newId(): string;
  /** Called after every saved step, so watchers (and the MV3 keep-alive) see progress. */
  onProgress(job: CrawlJob): Promise<void> | void;
}

async function withApprox(
  deps: CrawlDeps,
  job: CrawlJob,
  index: number,
  signal: AbortSignal,
): Promise<CrawlJob> {
  const shard = job.shards[index];
  if (!shard || shard.approx !== undefined || shard.pages > 0) return job;
  // The count is only a hint (coverage, cap detection): a failure here must not stop the crawl.
  const approx = await deps
    .count(bodyForShard(job.body, { ...shard, cursor: undefined }), signal)
    .catch(() => -1);
  const shards = job.shards.map((s, i) =>
    i === index ? { ...s, approx: approx >= 0 ? approx : undefined } : s,
  );
  const isRoot = job.shards.length === 1;
  const progress =
    isRoot && approx >= 0 ? { ...job.progress, approximateTotal: approx } : job.progress;
  const next = { ...job, shards, progress, updatedAt: deps.now() };
  await deps.store.putJob(next);
  return next;
}

/**
 * Runs a crawl from its checkpoint until it is done, paused, cancelled or fails: one page per
 * step, each saved with its listings in one transaction. A failure pauses the job with the
 * error (everything fetched is kept) so the user can resume it.
 */
export async function runCrawl(
  deps: CrawlDeps,
  jobId: string,
  signal: AbortSignal,
): Promise<CrawlJob | undefined> {
  let job = await deps.store.getJob(jobId);
  while (job?.status === 'running' && !signal.aborted) {
    const index = nextShard(job);
    if (index < 0) {
      job = { ...job, status: 'done', updatedAt: deps.now() };
      await deps.store.putJob(job);
      break;
    }
    try {
      job = await withApprox(deps, job, index, signal);
      const shard = job.shards[index];
      if (!shard) break;
      const response = await deps.search(bodyForShard(job.body, shard), signal);
      const { listings, outcome } = deps.readPage(response);
      const current: CrawlJob = job;
      job = await deps.store.savePage(jobId, listings, (added) =>
        applyPage(current, index, outcome, added, deps.now()),
      );
    } catch (error) {
      if (signal.aborted) break;
      const info = toErrorInfo(error instanceof AppError ? error : error);
      job = { ...job, status: 'paused', error: info, updatedAt: deps.now() };
      await deps.store.putJob(job);
    }
    await deps.onProgress(job);
  }
  return job;
}

/** A new crawl job for a search body, ready to run. */
export function newCrawlJob(
  deps: Pick<CrawlDeps, 'now' | 'newId'>,
  url: string,
  body: SearchBody,
  title: string,
): CrawlJob {
  const now = deps.now();
  return {
    id: deps.newId(),
    kind: 'crawl',
    status: 'running',
    url,
    body,
    title,
    createdAt: now,
    updatedAt: now,
    progress: { pages: 0, listings: 0, recommendationsSkipped: 0, shards: 1, shardsDone: 0 },
    shards: [{ patch: {}, pages: 0, found: 0, isDone: false }],
  };
}
