import type { JobSummary } from './summary';

/** Seconds until a running crawl should be done, from its pace so far; undefined when unknown. */
export function secondsLeft(job: JobSummary, now: number): number | undefined {
  const total = job.progress.approximateTotal;
  const { listings, pages } = job.progress;
  if (job.status !== 'running' || !total || listings <= 0 || pages < 2) return undefined;
  const perListing = (now - job.createdAt) / 1000 / listings;
  return Math.max(0, Math.round((total - listings) * perListing));
}

/** The fraction of a crawl done, 0..1, from divar's approximate count (1 once done). */
export function fractionDone(job: JobSummary): number {
  if (job.status === 'done') return 1;
  const total = job.progress.approximateTotal;
  return total ? Math.min(0.99, job.progress.listings / total) : 0;
}
