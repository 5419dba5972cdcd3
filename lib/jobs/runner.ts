import type { Listing } from '../divar/listing/types';
import type { SearchResponse } from '../divar/schemas/search-response';
import type { SearchBody } from '../divar/search-body';
import type { AttemptEvent, OnAttempt } from '../http/attempt-event';
import { nextState } from './activity';
import { applyPage, bodyForShard, nextShard, type PageOutcome, splitIfTooBig } from './crawl';
import { withLog } from './job-log';
import { attemptRecorder, failureEvent, moveJob, sleepUntil, withState } from './job-state-io';
import type { JobStore } from './store';
import type { CrawlJob, JobTitles } from './types';

/** What the crawl runner is built from; tests pass the replica's API and a fake store. */
export interface CrawlDeps {
  search(body: SearchBody, signal: AbortSignal, onAttempt?: OnAttempt): Promise<SearchResponse>;
  count(body: SearchBody, signal: AbortSignal): Promise<number>;
  /** District ids divar offers for a search's city (to split past the cap); optional. */
  districts?(body: SearchBody, signal: AbortSignal): Promise<string[]>;
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
}

async function districtPoolOf(deps: CrawlDeps, job: CrawlJob, signal: AbortSignal) {
  const own = (
    job.body.search_data.form_data.data.districts as
      | { repeated_string?: { value: string[] } }
      | undefined
  )?.repeated_string?.value;
  if (own) return own.length > 1 ? own : undefined;
  return deps.districts?.(job.body, signal).catch(() => undefined);
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
  const districtPool = isRoot ? await districtPoolOf(deps, job, signal) : job.districtPool;
  const next = splitIfTooBig(
    { ...job, shards, progress, ...(districtPool ? { districtPool } : {}), updatedAt: deps.now() },
    index,
    deps.now(),
  );
  await deps.store.putJob(next);
  return next;
}

/**
 * Runs a crawl from its checkpoint until it is done, paused, cancelled or fails: one page per
 * step, each saved with its listings and its requests' log in one transaction. A failure a wait
 * can fix (429, 5xx, a cut connection) keeps the job running and waiting, then goes on; one that
 * needs the user pauses it with the error. Everything fetched is kept either way.
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
      job = await moveJob(deps, job, { type: 'finished' });
      break;
    }
    const current: CrawlJob = job;
    const recorder = attemptRecorder(
      () => current,
      (j, e) => moveJob(deps, j, e),
    );
    try {
      job = await withApprox(deps, job, index, signal);
      const shard = job.shards[index];
      if (!shard) break;
      if (shard.isDone) continue; // split before its first page
      const ready: CrawlJob = job;
      const response = await deps.search(bodyForShard(job.body, shard), signal, recorder.onAttempt);
      const { listings, outcome } = deps.readPage(response);
      job = await deps.store.savePage(jobId, listings, (added) =>
        afterPage(applyPage(ready, index, outcome, added, deps.now()), recorder.take(), deps.now()),
      );
    } catch (error) {
      if (signal.aborted) break;
      const event = failureEvent(error, deps.now());
      job = await moveJob(deps, withLog(job, recorder.take()), event);
      if (event.type === 'failed' && event.retryAt !== undefined)
        await sleepUntil(event.retryAt, deps.now(), signal);
      if (job.status === 'running')
        job = withState(job, nextState(job, { type: 'saved' }, deps.now()));
    }
    await deps.onProgress(job);
  }
  return job;
}

// A saved page: its requests join the log, and a running job is fetching again.
function afterPage(job: CrawlJob, entries: AttemptEvent[], now: number): CrawlJob {
  const logged = withLog(job, entries);
  // A job the page finished (done) is no longer fetching or waiting.
  const state =
    logged.status === 'running'
      ? nextState(logged, { type: 'saved' }, now)
      : { status: logged.status, ...(logged.error ? { error: logged.error } : {}) };
  return withState(logged, state);
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
