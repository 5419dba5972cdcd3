import type { Listing } from '../divar/listing/types';
import type { JobSummary } from '../jobs/summary';
import { type SendRaw, sendMessage } from '../messaging/client';

/** The background's page size limit for `jobListings`. */
export const PAGE_SIZE = 1000;

/** The summary of job `jobId`, or undefined when the background has no such job. */
export async function loadJob(send: SendRaw, jobId: string): Promise<JobSummary | undefined> {
  const jobs = await sendMessage<'listJobs'>(send, { type: 'listJobs' });
  return jobs.find((job) => job.id === jobId);
}

/**
 * Every listing of job `jobId`, read page by page ({@link PAGE_SIZE} a message, the protocol's
 * limit); `onProgress` hears how many have arrived and of how many.
 */
export async function loadAllListings(
  send: SendRaw,
  jobId: string,
  onProgress?: (loaded: number, total: number) => void,
): Promise<Listing[]> {
  const all: Listing[] = [];
  for (;;) {
    const page = await sendMessage<'jobListings'>(send, {
      type: 'jobListings',
      jobId,
      offset: all.length,
      limit: PAGE_SIZE,
    });
    all.push(...page.listings);
    onProgress?.(all.length, page.total);
    if (page.listings.length === 0 || all.length >= page.total) return all;
  }
}
