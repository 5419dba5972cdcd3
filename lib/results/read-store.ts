import { type JobStore, openJobStore } from '../jobs/store';
import type { ReadListings } from './load';

/**
 * Pages read straight from the jobs database (an extension page shares the worker's IndexedDB):
 * no message round trip or copy through the background, so 20,000 rows load near the floor.
 */
export function readFromStore(open: () => Promise<JobStore> = openJobStore): ReadListings {
  let store: Promise<JobStore> | undefined;
  // Counted once per job (a count walks the whole index); a read from the start counts again.
  const totals = new Map<string, Promise<number>>();
  return async (jobId, offset, limit) => {
    store ??= open();
    const db = await store;
    if (offset === 0 || !totals.has(jobId)) totals.set(jobId, db.countListings(jobId));
    const [total, listings] = await Promise.all([
      totals.get(jobId) as Promise<number>,
      db.listings(jobId, offset, limit),
    ]);
    return { total, listings };
  };
}
