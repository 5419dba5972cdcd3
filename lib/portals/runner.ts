import { AppError, toErrorInfo } from '../errors';
import { sleepUntil } from '../jobs/job-state-io';
import type { PortalAdapter } from './adapter';
import { type BudgetState, chunkCapacity, resumeTime } from './budget';
import { afterChunk, afterLookup, afterLostChunk, hasOpenItems, nextChunk } from './plan';
import { recordsOf } from './records';
import type { SyncStore } from './store';
import type { SyncJob } from './types';

/** How long a job waits after a chunk was lost (cut connection, 5xx) before asking again. */
export const LOST_CHUNK_WAIT_MS = 5_000;

/** What a syndication run needs; tests pass fakes for every part. */
export interface SyncDeps {
  store: SyncStore;
  adapterFor(job: SyncJob): Promise<PortalAdapter>;
  /** The hour's error budget of the job's portal (the client adds to it as answers come). */
  budget(job: SyncJob): Promise<BudgetState>;
  /** Saves the portal's refusal for the hour (error 12). */
  block(job: SyncJob): Promise<void>;
  now(): number;
  onProgress(job: SyncJob): Promise<void> | void;
  /** The wait after a lost chunk (default LOST_CHUNK_WAIT_MS; tests pass less). */
  lostChunkWaitMs?: number;
}

/** Saves the job (and every finished item's record), then tells the watchers. */
async function save(deps: SyncDeps, job: SyncJob): Promise<SyncJob> {
  const next = { ...job, updatedAt: deps.now() };
  await deps.store.putJob(next);
  await deps.store.putRecords(recordsOf(next, deps.now()));
  await deps.onProgress(next);
  return next;
}

const stopped = (job: SyncJob, error: AppError, resumeAt?: number): SyncJob => ({
  ...job,
  status: 'paused',
  error: toErrorInfo(error),
  ...(resumeAt !== undefined ? { resumeAt } : {}),
});

/**
 * Runs a syndication job from where it stands until every item is settled, the budget stops it,
 * or the user or a failure pauses it: ask which ids exist, then chunk by chunk, the chunk's keys
 * saved before it is sent so that a stop mid-chunk is resolved by asking again, never by sending
 * twice.
 */
export async function runSync(deps: SyncDeps, jobId: string, signal: AbortSignal) {
  let job = await deps.store.getJob(jobId);
  let adapter: PortalAdapter | undefined;
  try {
    adapter = job && (await deps.adapterFor(job));
  } catch (error) {
    if (job?.status === 'running') job = await save(deps, stopped(job, asAppError(error)));
  }
  while (job?.status === 'running' && adapter && !signal.aborted) {
    try {
      if (job.needsLookup || job.inFlight) {
        const existing = await adapter.existing(signal);
        job = await save(deps, afterLookup(bump(job, 'requests'), existing));
        continue;
      }
      if (!hasOpenItems(job)) {
        const { error: _e, resumeAt: _r, ...done } = job;
        job = await save(deps, { ...done, status: 'done' });
        break;
      }
      const budget = await deps.budget(job);
      const capacity = chunkCapacity(
        budget,
        deps.now(),
        adapter.hourlyBadRequests,
        adapter.chunkLimit,
      );
      if (capacity === 0) {
        const at = resumeTime(budget, deps.now());
        job = await save(
          deps,
          stopped(job, new AppError('portal-budget', 'stopped before the hour’s limit'), at),
        );
        break;
      }
      const ops = nextChunk(job, capacity);
      job = await save(deps, { ...job, inFlight: ops.map((op) => op.key) });
      const sent = job;
      try {
        const outcomes = await adapter.send(ops, signal);
        job = afterChunk(bump(sent, 'requests'), ops, outcomes);
        job = await save(deps, {
          ...job,
          counts: { ...job.counts, badRequests: job.counts.badRequests + countBad(outcomes) },
        });
        if (outcomes.some((o) => o.kind === 'budget'))
          job = await stopFor(deps, job, new AppError('portal-budget', 'refused for the hour'));
      } catch (error) {
        if (signal.aborted) break;
        job = await onLostChunk(deps, bump(sent, 'requests'), ops, error, signal);
      }
    } catch (error) {
      if (signal.aborted) break;
      job = await stopFor(deps, job, asAppError(error));
    }
  }
  return job;
}

/** Stops a job for a failure; after the portal's error 12, with when sending can go on. */
async function stopFor(deps: SyncDeps, job: SyncJob, failure: AppError): Promise<SyncJob> {
  const { inFlight: _, ...rest } = job;
  if (failure.kind !== 'portal-budget') return save(deps, stopped(rest, failure));
  await deps.block(job);
  return save(deps, stopped(rest, failure, resumeTime(await deps.budget(job), deps.now())));
}

async function onLostChunk(
  deps: SyncDeps,
  job: SyncJob,
  ops: ReturnType<typeof nextChunk>,
  error: unknown,
  signal: AbortSignal,
): Promise<SyncJob> {
  const failure = asAppError(error);
  // Refused as a whole (credentials, the hour's limit, a malformed batch): nothing was saved.
  if (REFUSED.has(failure.kind)) return stopFor(deps, job, failure);
  // Cut, timed out, 5xx or an unreadable answer: some items may have been saved; ask first.
  const next = await save(deps, afterLostChunk(job, ops, failure.message));
  const wait = deps.lostChunkWaitMs ?? LOST_CHUNK_WAIT_MS;
  await sleepUntil(deps.now() + wait, deps.now(), signal);
  return next;
}

const REFUSED = new Set(['portal-budget', 'portal-auth', 'portal-rejected', 'portal-permission']);

const bump = (job: SyncJob, key: 'requests') => ({
  ...job,
  counts: { ...job.counts, [key]: job.counts[key] + 1 },
});

const countBad = (outcomes: { kind: string; status?: number }[]) =>
  outcomes.filter((o) => (o.status ?? 0) >= 400 && (o.status ?? 0) < 500).length;

const asAppError = (error: unknown) =>
  error instanceof AppError ? error : new AppError('internal', toErrorInfo(error).message);
