// The results page's export Worker (a module Worker that start-worker.ts starts): reads the
// shown rows from the jobs database itself and writes CSV, XLSX, JSON, JSON Lines or Parquet off
// the page's main thread.

import { openJobStore } from '../jobs/store';
import { runExport } from './worker-main';
import type { ExportReply, ExportRequest } from './worker-protocol';

const post = (reply: ExportReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<ExportRequest>) => {
  await runExport(await openJobStore(), event.data, post);
};
