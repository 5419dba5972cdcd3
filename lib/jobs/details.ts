import type { Listing } from '../divar/listing/types';
import { mergeDrift } from '../divar/read/drift';
import { AppError } from '../errors';
import type { OnAttempt } from '../http/attempt-event';
import { withLog } from './job-log';
import {
  attemptRecorder,
  failureEvent,
  moveDetails,
  pausedForStoppingWorker,
  sleepUntil,
  withState,
} from './job-state-io';
import type { JobStore } from './store';
import type { CrawlJob, DetailsProgress } from './types';

/** What fetching details is built from: the post client (through the shared limiter) and the store. */
export interface DetailsDeps {
  postListing(token: string, signal: AbortSignal, onAttempt?: OnAttempt): Promise<Listing>;
  store: JobStore;
  now(): number;
  onProgress(job: CrawlJob): Promise<void> | void;
}

/** A card's listing enriched by its post detail: the detail wins wherever it says something. */
export function mergeListing(card: Listing, post: Listing): Listing {
  const merged: Record<string, unknown> = { ...card };
  for (const [key, value] of Object.entries(post)) {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) merged[key] = value;
  }
  return merged as unknown as Listing;
}

/** What became of one post: read, removed from divar, or answered in a shape that does not read. */
type Outcome = 'read' | 'removed' | 'failed';

async function enriched(
  deps: DetailsDeps,
  card: Listing,
  signal: AbortSignal,
  recorder: { onAttempt: OnAttempt },
): Promise<[Listing, Outcome]> {
  try {
    const post = await deps.postListing(card.token, signal, recorder.onAttempt);
    return [mergeListing(card, post), 'read'];
  } catch (error) {
    // A post removed since the crawl has no detail: keep its card, mark it, and go on.
    if (error instanceof AppError && error.kind === 'not-found')
      return [{ ...card, tags: [...card.tags, 'removed'] }, 'removed'];
    // One post's answer that does not read: keep its card as it was, count it, and go on.
    if (error instanceof AppError && error.kind === 'schema') return [card, 'failed'];
    throw error;
  }
}

/** Lists at most this many removed posts by name (the count goes on). */
const MAX_LISTED = 100;

/** The details progress after one more post, counting a removed or failed one. */
function counted(
  details: DetailsProgress,
  card: Listing | undefined,
  outcome: Outcome,
): DetailsProgress {
  if (outcome === 'failed') return { ...details, failed: (details.failed ?? 0) + 1 };
  if (outcome !== 'removed' || !card) return details;
  const listed = details.removedPosts ?? [];
  return {
    ...details,
    removed: (details.removed ?? 0) + 1,
    removedPosts:
      listed.length < MAX_LISTED ? [...listed, { token: card.token, title: card.title }] : listed,
  };
}

/**
 * Fetches the posts-v2 detail of every listing of a job, one at a time through the shared
 * politeness budget, saving each with the resume point and its requests' log; a failure a wait
 * can fix waits and goes on, one that needs the user pauses with the error.
 */
export async function runDetails(
  deps: DetailsDeps,
  jobId: string,
  signal: AbortSignal,
): Promise<CrawlJob | undefined> {
  let job = await deps.store.getJob(jobId);
  while (job?.details?.status === 'running' && !signal.aborted) {
    const { done, total } = job.details;
    if (done >= total) {
      job = await moveDetails(deps, job, { type: 'finished' });
      break;
    }
    const [card] = await deps.store.listings(jobId, done, 1);
    const current: CrawlJob = job;
    const recorder = attemptRecorder(
      () => current,
      (j, e) => moveDetails(deps, j, e),
    );
    try {
      const [merged, outcome] =
        card && card.source !== 'post'
          ? await enriched(deps, card, signal, recorder)
          : [card, 'read' as const];
      const details = counted(
        { ...withState(job.details, fetching(deps.now())), done: done + 1 },
        card,
        outcome,
      );
      job = withLog({ ...current, details, updatedAt: deps.now() }, recorder.take());
      // What the post's reader skipped joins the job's own report (shown with "copy diagnostics").
      if (merged?.drift?.length)
        job.drift = mergeDrift(current.drift, { skipped: merged.drift, unknownWidgets: 0 });
      if (merged) await deps.store.saveListing(jobId, merged, job);
      else await deps.store.putJob(job);
    } catch (error) {
      if (signal.aborted) break;
      // The worker is being stopped: the same card is read again, never counted as failed.
      if (await pausedForStoppingWorker(error, deps.now, signal)) continue;
      const event = failureEvent(error, deps.now());
      job = await moveDetails(deps, withLog(current, recorder.take()), event);
      if (event.type === 'failed' && event.retryAt !== undefined)
        await sleepUntil(event.retryAt, deps.now(), signal);
    }
    await deps.onProgress(job);
  }
  return job;
}

const fetching = (now: number) => ({
  status: 'running' as const,
  activity: { state: 'fetching' as const, since: now },
});
