import type { Listing } from '../divar/listing/types';
import type { JobStore } from '../jobs/store';
import { columnsFor } from './columns';
import { streamExport } from './stream';
import type { ExportReply, ExportRequest } from './worker-protocol';

/** Listings read from IndexedDB per transaction. */
const READ_PAGE = 2000;

/** The job's listings with `tokens`, in that order, read page by page from the store. */
export async function readShown(
  store: Pick<JobStore, 'listings'>,
  request: ExportRequest,
  progress: (done: number, total: number) => void,
): Promise<Listing[]> {
  const wanted = new Map(request.tokens.map((token, i) => [token, i]));
  const shown = new Array<Listing | undefined>(request.tokens.length);
  let found = 0;
  for (let offset = 0; found < wanted.size; offset += READ_PAGE) {
    const page = await store.listings(request.jobId, offset, READ_PAGE);
    for (const listing of page) {
      const at = wanted.get(listing.token);
      if (at !== undefined && shown[at] === undefined) {
        shown[at] = listing;
        found++;
      }
    }
    progress(found, wanted.size);
    if (page.length < READ_PAGE) break;
  }
  return shown.filter((listing): listing is Listing => listing !== undefined);
}

/**
 * Runs one export inside the Worker: reads the shown rows itself, writes the file batch by batch
 * into a Blob that grows by parts (so the Worker's heap holds one batch, not the file), reporting
 * progress through `post`; the page cancels by terminating the Worker.
 */
export async function runExport(
  store: Pick<JobStore, 'listings'>,
  request: ExportRequest,
  post: (reply: ExportReply) => void,
): Promise<void> {
  try {
    const listings = await readShown(store, request, (done, total) =>
      post({ type: 'progress', phase: 'reading', done, total }),
    );
    let blob = new Blob([]);
    const sink = {
      write: (bytes: Uint8Array) => {
        blob = new Blob([blob, bytes as BlobPart]);
      },
      progress: (done: number, total: number) =>
        post({ type: 'progress', phase: 'writing', done, total }),
    };
    const columns = columnsFor(request.columnKeys);
    const type = await streamExport(request.format, listings, columns, request.lang, sink);
    post({ type: 'done', blob: new Blob([blob], { type }) });
  } catch (failure) {
    post({ type: 'failed', message: failure instanceof Error ? failure.message : String(failure) });
  }
}
