import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { listingsFromSearchResponse } from '../lib/divar/listing/search';
import type { Listing } from '../lib/divar/listing/types';
import { searchResponseSchema } from '../lib/divar/schemas/search-response';
import { openJobStore } from '../lib/jobs/store';
import type { CrawlJob } from '../lib/jobs/types';
import { divarSampleJson } from '../tests/fixtures/files.ts';

const sample = searchResponseSchema.parse(
  divarSampleJson('search_apartment-sell_tehran_page1.trimmed.json'),
);
const [template] = listingsFromSearchResponse(sample).listings;

function listingsOf(count: number): Listing[] {
  if (!template) throw new Error('no listing in the sample');
  return Array.from({ length: count }, (_, i) => ({
    ...template,
    token: `b${String(i).padStart(7, '0')}`,
    price: 1e9 + i,
  }));
}

// Collect garbage before reading the heap, so the figure is what the store really holds.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function heapAfterGc(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

const job = (id: string): CrawlJob => ({
  id,
  kind: 'crawl',
  status: 'running',
  url: 'https://divar.ir/s/tehran/buy-apartment',
  body: {} as CrawlJob['body'],
  title: 'bench',
  createdAt: 0,
  updatedAt: 0,
  progress: { pages: 0, listings: 0, recommendationsSkipped: 0, shards: 1, shardsDone: 0 },
  shards: [],
});

/** Storage and memory for 10,000 and 50,000 listings in the job store (IndexedDB, fake in Node). */
export async function benchStorage(): Promise<string> {
  const rows: string[] = [];
  for (const count of [10_000, 50_000]) {
    const listings = listingsOf(count);
    const bytes = Buffer.byteLength(JSON.stringify(listings));
    const store = await openJobStore(`bench-storage-${count}`);
    const heapBefore = heapAfterGc();
    const start = performance.now();
    const saved = job(`j${count}`);
    for (let i = 0; i < count; i += 24) {
      await store.savePage(saved.id, listings.slice(i, i + 24), (added) => {
        saved.progress.listings += added;
        return saved;
      });
    }
    const seconds = (performance.now() - start) / 1000;
    const readStart = performance.now();
    const page = await store.listings(`j${count}`, count - 1000, 1000);
    const readMs = performance.now() - readStart;
    const heapMb = (heapAfterGc() - heapBefore) / 2 ** 20;
    rows.push(
      `| ${count.toLocaleString('en-US')} | ${(bytes / 2 ** 20).toFixed(1)} MB (${Math.round(bytes / count)} B each) | ${seconds.toFixed(1)} s (${Math.round(count / seconds)}/s) | ${readMs.toFixed(0)} ms for ${page.length} | +${heapMb.toFixed(0)} MB |`,
    );
  }
  return [
    '## Job storage (IndexedDB through `idb`; fake-indexeddb in Node, so times are pessimistic)',
    '',
    '| listings | stored as JSON | saving 24 per page, one transaction each | reading the last 1,000 (a table page) | Node heap growth (fake-indexeddb holds it all in memory) |',
    '|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    "Chrome keeps IndexedDB on disk, outside the service worker's heap; the popup reads 1,000 rows at a time.",
    '',
  ].join('\n');
}
