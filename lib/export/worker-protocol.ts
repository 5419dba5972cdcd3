import type { Lang } from '../i18n';
import type { ExportFormat } from './download';

/** What the results page asks the export Worker for: the rows it shows, by token, in order. */
export interface ExportRequest {
  jobId: string;
  /** The listings' tokens in the order shown (filters and sort applied by the page). */
  tokens: readonly string[];
  format: ExportFormat;
  columnKeys: readonly string[];
  lang: Lang;
}

/** What the Worker says back: progress of each phase, then the file, or a failure. */
export type ExportReply =
  | { type: 'progress'; phase: 'reading' | 'writing'; done: number; total: number }
  | { type: 'done'; blob: Blob }
  | { type: 'failed'; message: string };
