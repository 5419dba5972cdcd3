import { useRef } from 'preact/hooks';
import type { Listing } from '@/lib/divar/listing/types';
import {
  buildExport,
  SIDECAR_TYPE,
  sidecarName,
  sidecarText,
  TYPED_FORMATS,
} from '@/lib/export/build';
import type { ExportColumn } from '@/lib/export/columns';
import { type ExportFormat, exportFileName } from '@/lib/export/download';
import type { ExportProgress, RunningExport } from '@/lib/export/run-in-worker';
import type { ExportRequest } from '@/lib/export/worker-protocol';
import type { Lang } from '@/lib/i18n';
import type { ExportBarProgress } from './ExportProgress';

/** Starts an export in a Worker (the results page's `startExportWorker`). */
export type StartExport = (
  request: ExportRequest,
  onProgress: (p: ExportProgress) => void,
) => RunningExport;

/** What an export of the rows shown needs. */
export interface ExportInput {
  title: string;
  jobId?: string;
  shown: readonly Listing[];
  columns: readonly ExportColumn[];
  headerLang: Lang;
  lang: Lang;
  now(): Date;
  download(blob: Blob, fileName: string): void;
  startExport?: StartExport;
}

/**
 * The export bar's actions: `exportAs` builds the file (in the Worker when there is one, else on
 * the page), downloads it with its data dictionary for Parquet and JSONL, and reports progress
 * straight to the bar (so the table and chart do not re-render per batch); `cancel` stops it.
 */
export function useExport(input: ExportInput) {
  const running = useRef<RunningExport | undefined>(undefined);
  const { shown, columns, headerLang, jobId, startExport } = input;
  const makeFile = async (
    format: ExportFormat,
    report: (p: ExportBarProgress | undefined) => void,
  ): Promise<Blob | undefined> => {
    if (!startExport || !jobId) return buildExport(format, shown, columns, headerLang);
    const request: ExportRequest = {
      jobId,
      tokens: shown.map((l) => l.token),
      format,
      columnKeys: columns.map((c) => c.key),
      lang: headerLang,
    };
    report({ state: 'running', format, phase: 'reading', done: 0, total: shown.length });
    running.current = startExport(request, (p) => report({ state: 'running', format, ...p }));
    try {
      return await running.current.result;
    } finally {
      running.current = undefined;
    }
  };
  const exportAs = async (
    format: ExportFormat,
    report: (p: ExportBarProgress | undefined) => void,
  ) => {
    const blob = await makeFile(format, report);
    if (!blob) return report({ state: 'cancelled' });
    report(undefined);
    const fileName = exportFileName(input.title, format, input.now(), input.lang);
    input.download(blob, fileName);
    if (!TYPED_FORMATS.has(format)) return;
    const dictionary = sidecarText(fileName, shown.length, format, columns);
    input.download(new Blob([dictionary], { type: SIDECAR_TYPE }), sidecarName(fileName));
  };
  return { exportAs, cancel: () => running.current?.cancel() };
}
