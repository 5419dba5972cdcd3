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
  /** What changed since the last fetch of this search (null: unknown; the table works without). */
  changes: JobChanges | null;
}

/** Loads a job's page context. */
export type LoadContext = (jobId: string) => Promise<PageContext>;

/** The context from the background (job, changes) and storage (prefs), asked for side by side. */
export function contextLoader(send: SendRaw, loadPrefs: () => Promise<ExportPrefs>): LoadContext {
  return async (jobId) => {
    const [job, prefs, changes] = await Promise.all([
      loadJob(send, jobId),
      loadPrefs(),
      sendMessage<'jobChanges'>(send, { type: 'jobChanges', jobId }).catch(() => null),
    ]);
    return { job, prefs, changes };
  };
}
