import type { ExportPrefs } from '../export/prefs';
import type { JobChanges } from '../history/job-changes';
import type { JobSummary } from '../jobs/summary';
import { type SendRaw, sendMessage } from '../messaging/client';
import { loadJob } from './load';

/** What the results page needs beside the rows: the job, the export choices, what changed. */
export interface PageContext {
  /** Undefined when the background has no such job. */
  job: JobSummary | undefined;
  prefs: ExportPrefs;
  /**
   * Asks what changed since the last fetch of this search (null: unknown; the table works
   * without). The background reads both runs whole for it, so the page asks once its first rows
   * are painted, not while they load.
   */
  changes(): Promise<JobChanges | null>;
}

/** Loads a job's page context. */
export type LoadContext = (jobId: string) => Promise<PageContext>;

/**
 * The context: the job (from `getJob`, by default the background's list), the export choices from
 * storage, and what changed from the background when asked.
 */
export function contextLoader(
  send: SendRaw,
  loadPrefs: () => Promise<ExportPrefs>,
  getJob: (jobId: string) => Promise<JobSummary | undefined> = (jobId) => loadJob(send, jobId),
): LoadContext {
  return async (jobId) => {
    const [job, prefs] = await Promise.all([getJob(jobId), loadPrefs()]);
    const changes = () =>
      sendMessage<'jobChanges'>(send, { type: 'jobChanges', jobId }).catch(() => null);
    return { job, prefs, changes };
  };
}
