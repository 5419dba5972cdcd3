import { isWaiting, requestRate } from './job-log';
import type { JobSummary } from './summary';

/**
 * Seconds until a running crawl should be done, from the real request rate of the last minute
 * and the listings a page brings; undefined when it would mean nothing (waiting, too early, no
 * count from divar).
 */
export function secondsLeft(job: JobSummary, now: number): number | undefined {
  const total = job.progress.approximateTotal;
  const { listings, pages } = job.progress;
  if (job.status !== 'running' || isWaiting(job.activity, now)) return undefined;
  if (!total || listings <= 0 || pages < 2) return undefined;
  const rate = requestRate(job.log, now);
  if (rate === undefined) return undefined;
  const pagesLeft = Math.max(0, total - listings) / (listings / pages);
  return Math.round(pagesLeft / rate);
}

/** The fraction of a crawl done, 0..1, from divar's approximate count (1 once done). */
export function fractionDone(job: JobSummary): number {
  if (job.status === 'done') return 1;
  const total = job.progress.approximateTotal;
  return total ? Math.min(0.99, job.progress.listings / total) : 0;
}
