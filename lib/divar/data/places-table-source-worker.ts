import { createWorkerPlacesTable, type WorkerScope } from './places-table-worker';

/** The places table's text in Chrome's service worker, in place of places-table-source.ts. */
export const placesTable = createWorkerPlacesTable(
  globalThis as unknown as WorkerScope,
  console.error,
);
