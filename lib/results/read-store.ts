import { type JobStore, openJobStore } from '../jobs/store';
import type { ReadListings } from './load';

/**
 * Pages read straight from the jobs database (an extension page shares the worker's IndexedDB):
 * no message round trip or copy through the background, so 20,000 rows load near the floor.
 */
export function readFromStore(open: () => Promise<JobStore> = openJobStore): ReadListings {
  let store: Promise<JobStore> | undefined;
  return async (jobId, offset, limit) => {
    store ??= open();
    const db = await store;
    const [total, listings] = await Promise.all([
      db.countListings(jobId),
      db.listings(jobId, offset, limit),
    ]);
    return { total, listings };
  };
}
