import { type JobStore, openJobStore } from '../jobs/store';
import { growingPages, type ReadListings } from './load';

/**
 * Pages read straight from the jobs database (an extension page shares the worker's IndexedDB):
 * no message round trip or copy through the background, so 20,000 rows load near the floor.
 * With `first`, the database opens and that page is read at once (while the page still starts).
 */
export function readFromStore(
  open: () => Promise<JobStore> = openJobStore,
  first?: { jobId: string; limit: number },
): ReadListings {
  let opened = first ? open() : undefined;
  // Counted once per job (a count walks the whole index), beside the first page, not before it.
  const totals = new Map<string, Promise<number>>();
  const read: ReadListings = async (jobId, offset, limit) => {
    opened ??= open();
    const db = await opened;
    const counted = totals.get(jobId);
    if (offset === 0 || !counted) {
      totals.set(jobId, db.countListings(jobId));
      return { total: undefined, listings: await db.listings(jobId, offset, limit) };
    }
    const [total, listings] = await Promise.all([counted, db.listings(jobId, offset, limit)]);
    return { total, listings };
  };
  let early = first && read(first.jobId, 0, first.limit);
  early?.catch(() => undefined); // reported when the page asks for it
  return (jobId, offset, limit) => {
    const ready = early;
    early = undefined;
    if (ready && first?.jobId === jobId && offset === 0 && limit === first.limit) return ready;
    return read(jobId, offset, limit);
  };
}

/** The results page's reader: straight from the store, job `jobId`'s first page read at once. */
export function readAheadFor(jobId: string | undefined): ReadListings {
  return readFromStore(openJobStore, jobId ? { jobId, limit: growingPages(0) } : undefined);
}
