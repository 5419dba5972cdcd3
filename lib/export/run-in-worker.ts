import { AppError } from '../errors';
import type { ExportReply, ExportRequest } from './worker-protocol';

/** The slice of a Worker the page uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: ExportRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ExportReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Progress of a running export: which phase, how many of how many rows. */
export interface ExportProgress {
  phase: 'reading' | 'writing';
  done: number;
  total: number;
}

/** A running export: its file, and a cancel that stops the Worker at once. */
export interface RunningExport {
  result: Promise<Blob | undefined>;
  cancel(): void;
}

/**
 * Starts `request` in a fresh Worker from `create`; `result` resolves with the file, or with
 * undefined when cancelled, and rejects with an internal AppError when the Worker fails. The
 * Worker is terminated either way, so its memory goes with it.
 */
export function exportInWorker(
  create: () => WorkerLike,
  request: ExportRequest,
  onProgress: (progress: ExportProgress) => void,
): RunningExport {
  const worker = create();
  let settle: (blob: Blob | undefined) => void = () => {};
  let fail: (error: AppError) => void = () => {};
  const result = new Promise<Blob | undefined>((resolve, reject) => {
    settle = (blob) => {
      worker.terminate();
      resolve(blob);
    };
    fail = (error) => {
      worker.terminate();
      reject(error);
    };
  });
  worker.onmessage = ({ data }) => {
    if (data.type === 'progress') onProgress(data);
    else if (data.type === 'done') settle(data.blob);
    else fail(new AppError('internal', data.message));
  };
  worker.onerror = (event) => fail(new AppError('internal', event.message));
  worker.postMessage(request);
  return { result, cancel: () => settle(undefined) };
}
