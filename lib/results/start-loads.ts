import { loadExportPrefs, type SyncStorage } from '../export/prefs';
import type { SendRaw } from '../messaging/client';
import type { ReadListings } from './load';
import { contextLoader, type LoadContext } from './page-context';
import { readAheadFor } from './read-store';
import { startedEarly } from './started-early';

/**
 * The results page's loaders, with job `jobId`'s first rows, the job, the export choices and its
 * changes already asked for: called while the page's code still evaluates, they arrive together.
 */
export function startResultsLoads(
  jobId: string | undefined,
  send: SendRaw,
  storage: SyncStorage,
): { readListings: ReadListings; loadContext: LoadContext } {
  return {
    readListings: readAheadFor(jobId),
    loadContext: startedEarly(
      contextLoader(send, () => loadExportPrefs(storage)),
      jobId ? [jobId] : undefined,
    ),
  };
}
