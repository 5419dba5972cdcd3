import { type JobStore, openJobStore } from '../jobs/store';
import type { ReadListings } from './load';

/**
 * Pages read straight from the jobs database (an extension page shares the worker's IndexedDB):
 * no message round trip or copy through the background, so 20,000 rows load near the floor.
 * Nothing is counted (a count walks the whole index and holds up the worker's reads): the
 * stream ends at a short page, and the job's own count stands in for the total meanwhile.
 */
export function readFromStore(open: () => Promise<JobStore> = openJobStore): ReadListings {
  let opened: Promise<JobStore> | undefined;
  return async (jobId, offset, limit) => {
    opened ??= open();
    return { total: undefined, listings: await (await opened).listings(jobId, offset, limit) };
  };
}
