import { type JobStore, openJobStore } from '../jobs/store';
import { growingPages, type ReadListings } from './load';
import { startedEarly } from './started-early';

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

/** The results page's reader: straight from the store, job `jobId`'s first page read at once. */
export function readAheadFor(jobId: string | undefined): ReadListings {
  return startedEarly(readFromStore(), jobId ? [jobId, 0, growingPages(0)] : undefined);
}
