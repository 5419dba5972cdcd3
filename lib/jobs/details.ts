import type { Listing } from '../divar/listing/types';
import { mergeDrift } from '../divar/read/drift';
import { AppError } from '../errors';
import type { OnAttempt } from '../http/attempt-event';
import { withLog } from './job-log';
import { attemptRecorder, failureEvent, moveDetails, sleepUntil, withState } from './job-state-io';
import type { JobStore } from './store';
import type { CrawlJob } from './types';

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

async function enriched(
  deps: DetailsDeps,
  card: Listing,
  signal: AbortSignal,
  recorder: { onAttempt: OnAttempt },
): Promise<Listing> {
  try {
    return mergeListing(card, await deps.postListing(card.token, signal, recorder.onAttempt));
  } catch (error) {
    // A post removed since the crawl has no detail: keep its card, mark it, and go on.
    if (error instanceof AppError && error.kind === 'not-found')
      return { ...card, tags: [...card.tags, 'removed'] };
    throw error;
  }
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
      const merged =
        card && card.source !== 'post' ? await enriched(deps, card, signal, recorder) : card;
      const details = { ...withState(job.details, fetching(deps.now())), done: done + 1 };
      job = withLog({ ...current, details, updatedAt: deps.now() }, recorder.take());
      // What the post's reader skipped joins the job's own report (shown with "copy diagnostics").
      if (merged?.drift?.length)
        job.drift = mergeDrift(current.drift, { skipped: merged.drift, unknownWidgets: 0 });
      if (merged) await deps.store.saveListing(jobId, merged, job);
      else await deps.store.putJob(job);
    } catch (error) {
      if (signal.aborted) break;
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
