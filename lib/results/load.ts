import type { Listing } from '../divar/listing/types';
import type { JobSummary } from '../jobs/summary';
import { type SendRaw, sendMessage } from '../messaging/client';

/** The background's page size limit for `jobListings`. */
export const PAGE_SIZE = 1000;

/**
 * One page of a job's listings: those from `offset` on (`limit` at most), and how many the job
 * has (undefined when not counted yet: a stream then ends at a page shorter than it asked for).
 */
export type ReadListings = (
  jobId: string,
  offset: number,
  limit: number,
) => Promise<{ total: number | undefined; listings: Listing[] }>;

/** The summary of job `jobId`, or undefined when the background has no such job. */
export async function loadJob(send: SendRaw, jobId: string): Promise<JobSummary | undefined> {
  const jobs = await sendMessage<'listJobs'>(send, { type: 'listJobs' });
  return jobs.find((job) => job.id === jobId);
}

/** Pages read through the background (`jobListings`, at most {@link PAGE_SIZE} a message). */
export function readViaBackground(send: SendRaw): ReadListings {
  return (jobId, offset, limit) =>
    sendMessage<'jobListings'>(send, {
      type: 'jobListings',
      jobId,
      offset,
      limit: Math.min(limit, PAGE_SIZE),
    });
}

/**
 * Page sizes for a table: a first screenful at once, then pages ten times larger up to 5,000,
 * so the first rows paint within a frame or two and the rest arrive in a few reads.
 */
export const growingPages = (page: number) => Math.min(5000, 100 * 10 ** page);

/**
 * Every listing of job `jobId`, read page by page (sizes from `sizeOf`); after each page `onPage`
 * hears every listing so far (a new array), the total if known, and whether that was the last;
 * when it returns a promise, the next page is read once that settles (a page that paints the
 * first rows before decoding more of them).
 */
export async function streamListings(
  read: ReadListings,
  jobId: string,
  sizeOf: (page: number) => number,
  onPage?: (listings: Listing[], total: number | undefined, done: boolean) => unknown,
): Promise<Listing[]> {
  let all: Listing[] = [];
  for (let page = 0; ; page++) {
    const limit = sizeOf(page);
    const next = await read(jobId, all.length, limit);
    all = all.concat(next.listings);
    const done =
      next.listings.length === 0 ||
      (next.total === undefined ? next.listings.length < limit : all.length >= next.total);
    const ready = onPage?.(all, next.total, done);
    if (done) return all;
    await Promise.resolve(ready).catch(() => undefined); // a failed wait still reads on
  }
}

/**
 * Every listing of job `jobId`, read through the background {@link PAGE_SIZE} at a time;
 * `onProgress` hears how many have arrived and of how many.
 */
export function loadAllListings(
  send: SendRaw,
  jobId: string,
  onProgress?: (loaded: number, total: number) => void,
): Promise<Listing[]> {
  return streamListings(
    readViaBackground(send),
    jobId,
    () => PAGE_SIZE,
    (all, total) => {
      onProgress?.(all.length, total ?? all.length);
    },
  );
}
