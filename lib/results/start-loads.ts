import { loadExportPrefs, type SyncStorage } from '../export/prefs';
import { type JobStore, openJobStore } from '../jobs/store';
import { summarizeJob } from '../jobs/summary';
import type { SendRaw } from '../messaging/client';
import { growingPages, type ReadListings } from './load';
import { contextLoader, type LoadContext } from './page-context';
import { readFromStore } from './read-store';
import { startedEarly } from './started-early';

/**
 * The results page's loaders, with job `jobId`'s first rows, the job and the export choices
 * already asked for: called while the page's code still evaluates, they arrive together. The rows
 * and the job are read straight from the jobs database (an extension page shares the worker's
 * IndexedDB), so a stopped service worker does not hold up the first rows; what changed since the
 * last fetch is the background's, asked once the rows are painted.
 */
export function startResultsLoads(
  jobId: string | undefined,
  send: SendRaw,
  storage: SyncStorage,
  open: () => Promise<JobStore> = openJobStore,
): { readListings: ReadListings; loadContext: LoadContext } {
  let opened: Promise<JobStore> | undefined;
  const store = () => {
    opened ??= open();
    return opened;
  };
  const getJob = async (id: string) => {
    const job = await (await store()).getJob(id);
    return job && summarizeJob(job);
  };
  return {
    readListings: startedEarly(
      readFromStore(store),
      jobId ? [jobId, 0, growingPages(0)] : undefined,
    ),
    loadContext: startedEarly(
      contextLoader(send, () => loadExportPrefs(storage), getJob),
      jobId ? [jobId] : undefined,
    ),
  };
}
