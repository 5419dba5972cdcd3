import { type JobStore, openJobStore } from '../jobs/store';
import type { ReadListings } from './load';

/**
 * Pages read straight from the jobs database (an extension page shares the worker's IndexedDB):
 * no message round trip or copy through the background, so 20,000 rows load near the floor.
 */
export function readFromStore(open: () => Promise<JobStore> = openJobStore): ReadListings {
  let store: Promise<JobStore> | undefined;
  // Counted once per job (a count walks the whole index), beside the first page, not before it.
  const totals = new Map<string, Promise<number>>();
  return async (jobId, offset, limit) => {
    store ??= open();
    const db = await store;
    const counted = totals.get(jobId);
    if (offset === 0 || !counted) {
      totals.set(jobId, db.countListings(jobId));
      return { total: undefined, listings: await db.listings(jobId, offset, limit) };
    }
    const [total, listings] = await Promise.all([counted, db.listings(jobId, offset, limit)]);
    return { total, listings };
  };
}
