import type { Listing } from '../divar/listing/types';
import type { SearchBody } from '../divar/search-body';
import { toErrorInfo } from '../errors';
import type { JobStore } from './store';
import type { CrawlJob } from './types';

/** What a map-mode fetch needs: divar's viewport call and the store. */
export interface MapJobDeps {
  viewport(
    body: SearchBody,
    bbox: number[],
    signal: AbortSignal,
  ): Promise<{ listings: Listing[]; total: number }>;
  store: JobStore;
  now(): number;
  onProgress(job: CrawlJob): Promise<void> | void;
}

/**
 * Fetches a map-mode search (a URL with `map_bbox`): the pins inside the box in one viewport call,
 * each with its coordinates; coverage says how many of the box's listings divar returned as pins.
 */
export async function runMapJob(
  deps: MapJobDeps,
  jobId: string,
  bbox: number[],
  signal: AbortSignal,
) {
  const job = await deps.store.getJob(jobId);
  if (job?.status !== 'running') return job;
  try {
    const { listings, total } = await deps.viewport(job.body, bbox, signal);
    const saved = await deps.store.savePage(jobId, listings, (added) => ({
      ...job,
      status: 'done',
      progress: {
        ...job.progress,
        pages: 1,
        listings: added,
        approximateTotal: total,
        shardsDone: 1,
      },
      shards: job.shards.map((s) => ({ ...s, isDone: true, pages: 1, found: listings.length })),
      coverage: total > 0 ? Math.min(1, added / total) : 1,
      updatedAt: deps.now(),
    }));
    await deps.onProgress(saved);
    return saved;
  } catch (error) {
    if (signal.aborted) return job;
    const paused: CrawlJob = {
      ...job,
      status: 'paused',
      error: toErrorInfo(error),
      updatedAt: deps.now(),
    };
    await deps.store.putJob(paused);
    await deps.onProgress(paused);
    return paused;
  }
}
