import { type ExportProgress, exportInWorker, type RunningExport } from './run-in-worker';
import type { ExportRequest } from './worker-protocol';

/** Runs `request` in a fresh module Worker (lib/export/export.worker.ts) off the page's thread. */
export function startExportWorker(
  request: ExportRequest,
  onProgress: (progress: ExportProgress) => void,
): RunningExport {
  const create = () =>
    new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  return exportInWorker(create, request, onProgress);
}
