import { AppError, type ErrorInfo, toErrorInfo } from '../errors';
import type { AttemptEvent } from '../http/attempt-event';
import { isRetryable } from '../http/classify';
import { type JobEvent, type JobState, nextState } from './activity';
import { withLog } from './job-log';
import type { JobStore } from './store';
import type { CrawlJob } from './types';

/** What saving a job's state needs. */
export interface StateDeps {
  store: JobStore;
  now(): number;
  onProgress(job: CrawlJob): Promise<void> | void;
}

/** How long a job waits before trying again after a failure a wait can fix (no Retry-After). */
export const RETRY_LATER_MS = 30_000;

/** A state with its three fields replaced (an absent one is removed, not kept from before). */
export function withState<T extends JobState>(target: T, state: JobState): T {
  const { error: _e, activity: _a, ...rest } = target;
  return {
    ...(rest as T),
    status: state.status,
    ...(state.error ? { error: state.error } : {}),
    ...(state.activity ? { activity: state.activity } : {}),
  };
}

/** Moves a job's details run through the state machine (a run that cannot go on pauses). */
export async function moveDetails(
  deps: StateDeps,
  job: CrawlJob,
  event: JobEvent,
): Promise<CrawlJob> {
  const details = job.details;
  if (!details) return job;
  const state = nextState(details, event, deps.now());
  const status = state.status === 'running' || state.status === 'done' ? state.status : 'paused';
  const next = { ...job, details: withState(details, { ...state, status }), updatedAt: deps.now() };
  await deps.store.putJob(next);
  await deps.onProgress(next);
  return next;
}

/** A job moved through the state machine (pure). */
export function movedJob(job: CrawlJob, event: JobEvent, now: number): CrawlJob {
  return { ...withState(job, nextState(job, event, now)), updatedAt: now };
}

/** Moves a job through the state machine and saves it (store, then watchers). */
export async function moveJob(deps: StateDeps, job: CrawlJob, event: JobEvent): Promise<CrawlJob> {
  const next = movedJob(job, event, deps.now());
  await deps.store.putJob(next);
  await deps.onProgress(next);
  return next;
}

/**
 * Whether an error is the browser stopping this service worker in the middle of a call (Chrome's
 * extension APIs then answer "No SW"): not the job's failure, the next worker start resumes it.
 */
function isWorkerStopping(error: unknown): boolean {
  return (error as { message?: unknown } | null)?.message === 'No SW';
}

/** How long a step waits after such an error before trying again (if the worker lives on). */
export const STOPPING_PAUSE_MS = 1000;

/**
 * When `error` is the worker being stopped, waits STOPPING_PAUSE_MS and answers true: the step is
 * tried again from the job's checkpoint, by this worker if it lives on or by the next one.
 */
export async function pausedForStoppingWorker(
  error: unknown,
  now: () => number,
  signal: AbortSignal,
): Promise<boolean> {
  if (!isWorkerStopping(error)) return false;
  await sleepUntil(now() + STOPPING_PAUSE_MS, now(), signal);
  return true;
}

/** The failure event for an error: retried later when a wait can fix it, else for the user. */
export function failureEvent(error: unknown, now: number): JobEvent {
  const info: ErrorInfo = toErrorInfo(error);
  const waitable = error instanceof AppError && isRetryable(error);
  const retryAt = waitable
    ? now + Math.max(info.details?.retryAfterMs ?? 0, RETRY_LATER_MS)
    : undefined;
  return { type: 'failed', error: info, ...(retryAt !== undefined ? { retryAt } : {}) };
}

/**
 * Collects a request's attempts for the log, and saves the job as waiting (why, until when) the
 * moment the client decides to retry, so the popup tells the truth during a 429 or a 503.
 */
export function attemptRecorder(
  current: () => CrawlJob,
  move: (job: CrawlJob, event: JobEvent) => Promise<unknown>,
) {
  const entries: AttemptEvent[] = [];
  const onAttempt = (event: AttemptEvent) => {
    entries.push(event);
    if (event.retryInMs === undefined) return;
    // The saved job shows the attempts so far; they stay here for the page's own save.
    const job = withLog(current(), [...entries]);
    void move(job, { type: 'attempt', event });
  };
  return { onAttempt, take: () => entries.splice(0) };
}

/** Waits until `until`, or less when the signal aborts (then resolves; the caller checks it). */
export function sleepUntil(until: number, now: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, Math.max(0, until - now));
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
