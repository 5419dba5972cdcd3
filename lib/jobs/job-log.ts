import type { AttemptEvent } from '../http/attempt-event';
import type { JobActivity } from './activity';
import type { CrawlJob } from './types';

/** Requests a job's log keeps (the newest); enough to see why a run was slow. */
export const MAX_LOG_ENTRIES = 120;

/** The log with `entries` added at the end, the oldest dropped past MAX_LOG_ENTRIES. */
export function appendLog(
  log: AttemptEvent[] | undefined,
  entries: AttemptEvent[],
): AttemptEvent[] {
  return [...(log ?? []), ...entries].slice(-MAX_LOG_ENTRIES);
}

/** A job with new log entries and its activity, without touching anything else. */
export function withLog(job: CrawlJob, entries: AttemptEvent[]): CrawlJob {
  return entries.length > 0 ? { ...job, log: appendLog(job.log, entries) } : job;
}

/** Successful requests per second over the last `windowMs` of a log; undefined with too few. */
export function requestRate(log: AttemptEvent[] | undefined, now: number, windowMs = 60_000) {
  const recent = (log ?? []).filter(
    (e) => e.retryInMs === undefined && !e.error && now - e.at <= windowMs,
  );
  if (recent.length < 3) return undefined;
  const first = recent[0]?.at ?? now;
  const span = Math.max(1, now - first) / 1000;
  return recent.length / span;
}

/** The log line of a worker start that found the job running: how long the job had stood still. */
export function resumedEntry(job: CrawlJob, now: number): AttemptEvent {
  return {
    at: now,
    path: '(resumed after the browser stopped the worker)',
    attempt: 0,
    ms: now - job.updatedAt,
  };
}

/** Whether an activity is a wait that has not ended yet. */
export const isWaiting = (activity: JobActivity | undefined, now: number) =>
  activity?.state === 'waiting' && (activity.until ?? 0) > now;
