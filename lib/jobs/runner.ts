import type { Listing } from '../divar/listing/types';
import type { SearchResponse } from '../divar/schemas/search-response';
import type { SearchBody } from '../divar/search-body';
import type { OnAttempt } from '../http/attempt-event';
import { createInFlightControl, type InFlightOptions, SHARDS_IN_FLIGHT } from '../http/in-flight';
import { nextShard, type PageOutcome } from './crawl';
import { crawlStep } from './crawl-step';
import { moveJob } from './job-state-io';
import { createJobCell, runPool } from './shard-pool';
import type { JobStore } from './store';
import type { CrawlJob, JobTitles } from './types';

/** What the crawl runner is built from; tests pass the replica's API and a fake store. */
export interface CrawlDeps {
  search(body: SearchBody, signal: AbortSignal, onAttempt?: OnAttempt): Promise<SearchResponse>;
  count(body: SearchBody, signal: AbortSignal, onAttempt?: OnAttempt): Promise<number>;
  /** District ids divar offers for a search's city (to split past the cap); optional. */
  districts?(body: SearchBody, signal: AbortSignal, onAttempt?: OnAttempt): Promise<string[]>;
  /** Reads a search response into listings and the page outcome (results vs recommendations). */
  readPage(response: SearchResponse): { listings: Listing[]; outcome: PageOutcome };
  store: JobStore;
  now(): number;
  newId(): string;
  /** divar's map viewport, for map-mode URLs; optional. */
  viewport?(
    body: SearchBody,
    bbox: number[],
    signal: AbortSignal,
  ): Promise<{ listings: Listing[]; total: number }>;
  /** The normalised posts-v2 detail of one post (for "fetch details"); optional. */
  postListing?(token: string, signal: AbortSignal, onAttempt?: OnAttempt): Promise<Listing>;
  /** Called after every saved step, so watchers (and the MV3 keep-alive) see progress. */
  onProgress(job: CrawlJob): Promise<void> | void;
  /** Bounds of the shard cursors fetching at once (default SHARDS_IN_FLIGHT; 1..1 is sequential). */
  shardsInFlight?: InFlightOptions;
  /** Requests per second the host's shared limiter allows now (to split a slow search at once). */
  budget?(): number;
}

/**
 * Runs a crawl from its checkpoint until it is done, paused, cancelled or fails. Once the search
 * is split into shards, several shard cursors fetch at once (how many moves by AIMD on latency
 * and 429s, within `shardsInFlight`), all paced by the one shared rate limiter of the host. Each
 * page is saved with its listings in one transaction, so a stop anywhere resumes every shard
 * where it was, and no token is stored twice. Everything fetched is kept.
 */
export async function runCrawl(
  deps: CrawlDeps,
  jobId: string,
  signal: AbortSignal,
): Promise<CrawlJob | undefined> {
  const first = await deps.store.getJob(jobId);
  if (first?.status !== 'running' || signal.aborted) return first;
  const cell = createJobCell(first);
  const control = createInFlightControl(deps.shardsInFlight ?? SHARDS_IN_FLIGHT);
  const context = { deps, cell, control, signal };
  await runPool({
    limit: control.limit,
    claim: (busy) => {
      const index = cell.get().shards.findIndex((s, i) => !s.isDone && !busy.has(i));
      return index < 0 ? undefined : index;
    },
    step: (index) => crawlStep(context, index),
    isStopped: () => signal.aborted || cell.get().status !== 'running',
    raised: control.raised,
  });
  const job = cell.get();
  if (signal.aborted || job.status !== 'running' || nextShard(job) >= 0) return job;
  return moveJob(deps, job, { type: 'finished' });
}

/** A new crawl job for a search body, ready to run. */
export function newCrawlJob(
  deps: Pick<CrawlDeps, 'now' | 'newId'>,
  url: string,
  body: SearchBody,
  title: string | JobTitles,
  mapBbox?: number[],
): CrawlJob {
  const now = deps.now();
  const titles = typeof title === 'string' ? { fa: title, en: title } : title;
  return {
    id: deps.newId(),
    kind: 'crawl',
    status: 'running',
    url,
    body,
    title: titles.fa,
    titleEn: titles.en,
    createdAt: now,
    updatedAt: now,
    progress: { pages: 0, listings: 0, recommendationsSkipped: 0, shards: 1, shardsDone: 0 },
    shards: [{ patch: {}, pages: 0, found: 0, isDone: false }],
    ...(mapBbox ? { mapBbox } : {}),
  };
}
