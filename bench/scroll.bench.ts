import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test';
import type { Listing } from '../lib/divar/listing/types';
import { extensionLaunchArgs, unpackedExtensionId } from '../scripts/lib/launch-args.ts';
import { showBareTable, showSameCellsTable } from './plain-table';
import { benchListings } from './results-listings';
import { type Spread, showSpread, spread } from './spread';

const ROWS = 20_000;
const STEPS = 60;
const RUNS = 7;

/** A finished job to seed: its id, search URL and when it ran (ms since epoch). */
interface SeedJob {
  id: string;
  url: string;
  createdAt: number;
}

/**
 * Writes a finished job with `listings` straight into the extension's IndexedDB (the jobs
 * database's version 2 schema, as lib/jobs/store.ts opens it).
 */
async function seedJob(page: Page, listings: readonly Listing[], job: SeedJob): Promise<string> {
  return page.evaluate(
    async ({ rows, job }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('divar-actions-jobs', 2);
        open.onupgradeneeded = (event) => {
          if (event.oldVersion < 1) {
            open.result.createObjectStore('jobs', { keyPath: 'id' });
            open.result
              .createObjectStore('listings', { keyPath: ['jobId', 'listing.token'] })
              .createIndex('byJob', ['jobId', 'seq']);
          }
          const tx = open.transaction;
          if (event.oldVersion < 2 && tx) {
            tx.objectStore('listings').createIndex('byToken', 'listing.token');
            tx.objectStore('jobs').createIndex('byStatus', 'status');
            tx.objectStore('jobs').createIndex('byDetails', 'details.status');
            tx.objectStore('jobs').createIndex('byExported', 'exportedAt');
          }
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['jobs', 'listings'], 'readwrite');
      tx.objectStore('jobs').put({
        ...job,
        kind: 'crawl',
        status: 'done',
        body: {},
        title: 'bench',
        updatedAt: job.createdAt,
        shards: [],
        progress: {
          pages: 1,
          listings: rows.length,
          recommendationsSkipped: 0,
          shards: 1,
          shardsDone: 1,
        },
      });
      for (const [seq, listing] of rows.entries()) {
        tx.objectStore('listings').put({ jobId: job.id, seq, listing });
      }
      await new Promise((resolve) => {
        tx.oncomplete = resolve;
      });
      db.close();
      return job.id;
    },
    { rows: listings, job },
  );
}

/**
 * A search fetched twice: the earlier run, and the later one with a tenth of the listings new and
 * a tenth re-priced, so opening the later run shows what changed (the background reads both runs).
 */
async function seedRerun(page: Page, listings: readonly Listing[]): Promise<string> {
  const url = 'https://divar.ir/s/tehran/buy-villa';
  const day = 86_400_000;
  const now = Date.now();
  await seedJob(page, listings, { id: 'bench-rerun-before', url, createdAt: now - day });
  const later = listings.map((listing, i) =>
    i % 10 === 0
      ? { ...listing, token: `n${listing.token.slice(1)}` }
      : i % 10 === 1
        ? { ...listing, price: (listing.price ?? 0) + 1_000_000 }
        : listing,
  );
  return seedJob(page, later, { id: 'bench-rerun', url, createdAt: now });
}

/** One scroll run: mean frame (ms) and the longest main-thread task seen while scrolling (ms). */
interface ScrollRun {
  meanFrame: number;
  longestTask: number;
}

/** Scrolls `selector` (or the page) from top to bottom in STEPS frames. */
function scrollFrames(page: Page, selector: string | null): Promise<ScrollRun> {
  // No named helpers inside the page function: tsx would wrap them in a __name() the page lacks.
  return page.evaluate(
    async ({ selector, steps }) => {
      const box = (
        selector ? document.querySelector(selector) : document.scrollingElement
      ) as HTMLElement;
      box.scrollTop = 0;
      await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      let longestTask = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
      });
      observer.observe({ type: 'longtask' });
      const start = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      for (let i = 1; i <= steps; i++) {
        box.scrollTop = (box.scrollHeight - box.clientHeight) * (i / steps);
        await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      }
      const end = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve, 50)); // let the observer report
      observer.disconnect();
      return { meanFrame: (end - start) / (steps + 1), longestTask };
    },
    { selector, steps: STEPS },
  );
}

/**
 * Opens the results page of the seeded job: ms to the first rows painted and to every row loaded.
 * The wait runs through CDP: Playwright's own `waitForFunction` injects a ~40 ms script into the
 * page while it loads, which would be measured as the page's.
 */
async function openResults(
  page: Page,
  cdp: CDPSession,
  url: string,
): Promise<{ first: number; all: number }> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: `new Promise((resolve) => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
      const check = () => at('results:all-loaded') === undefined
        ? setTimeout(check, 50)
        : resolve({ first: at('results:first-rows') ?? NaN, all: at('results:all-loaded') });
      check();
    })`,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value as { first: number; all: number };
}

/** The floor: one bare IndexedDB read of the job's rows, in an extension page (ms). */
function bareRead(page: Page, jobId: string): Promise<number> {
  return page.evaluate(async (job) => {
    const start = performance.now();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('divar-actions-jobs');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const range = IDBKeyRange.bound([job, 0], [job, Number.MAX_SAFE_INTEGER]);
      const get = db.transaction('listings').objectStore('listings').index('byJob').getAll(range);
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    });
    const ms = performance.now() - start;
    db.close();
    if (rows.length === 0) throw new Error('no rows read');
    return ms;
  }, jobId);
}

const ratio = (a: Spread, b: Spread) => (a.median / b.median).toFixed(2);

/**
 * The results page with 20,000 rows against its baselines, RUNS times each, in Chromium. The
 * scroll has two: a table that only scrolls (short cells, laid out before: the compositor's
 * floor) and the same rows and cells in the results page's own table (what the page would cost
 * without a virtual table). The baselines run in `baselineContext`, a second browser with the
 * same extension: pages of one extension share a renderer and its heap, and every garbage
 * collection the results page met then traced the plain table's 180,000 elements too (a trace
 * showed the long tasks while scrolling as incremental marking steps tracing the DOM).
 */
export async function benchScroll(
  context: BrowserContext,
  baselineContext: BrowserContext,
  extensionId: string,
): Promise<string> {
  const base = `chrome-extension://${extensionId}/results.html`;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(base);
  const listings = benchListings(ROWS);
  const seed = { id: 'bench-scroll', url: 'https://divar.ir/s/tehran/buy-apartment' };
  const jobId = await seedJob(page, listings, { ...seed, createdAt: Date.now() });
  const rerunId = await seedRerun(page, listings);
  const floorPage = await baselineContext.newPage();
  await floorPage.goto(base);
  await seedJob(floorPage, listings, { ...seed, createdAt: Date.now() });
  const opens: { first: number; all: number }[] = [];
  const rerunOpens: { first: number; all: number }[] = [];
  const floors: number[] = [];
  const cdp = await context.newCDPSession(page);
  await openResults(page, cdp, `${base}?job=${jobId}`); // warm the disk cache
  await openResults(page, cdp, `${base}?job=${rerunId}`);
  await bareRead(floorPage, jobId);
  for (let i = 0; i < RUNS; i++) {
    await page.bringToFront();
    opens.push(await openResults(page, cdp, `${base}?job=${jobId}`));
    rerunOpens.push(await openResults(page, cdp, `${base}?job=${rerunId}`));
    floors.push(await bareRead(floorPage, jobId));
  }
  await floorPage.close();
  const plain = await baselineContext.newPage();
  await plain.setViewportSize({ width: 1280, height: 800 });
  await showSameCellsTable(plain, `${base}?job=${jobId}`, listings);
  const bare = await baselineContext.newPage();
  await bare.setViewportSize({ width: 1280, height: 800 });
  await showBareTable(bare, base, ROWS);
  // The other browser shows a blank tab while the results page scrolls, so only one page draws.
  const blank = await baselineContext.newPage();
  const runs: Record<'virtual' | 'plain' | 'bare', ScrollRun[]> = {
    virtual: [],
    plain: [],
    bare: [],
  };
  // A hidden tab gets one frame a second: each page is brought to the front before it scrolls.
  for (let i = 0; i < RUNS; i++) {
    await blank.bringToFront();
    await page.bringToFront();
    runs.virtual.push(await scrollFrames(page, '[data-testid=results-table]'));
    await plain.bringToFront();
    runs.plain.push(await scrollFrames(plain, '[data-testid=results-table]'));
    await bare.bringToFront();
    runs.bare.push(await scrollFrames(bare, null));
  }
  for (const open of [blank, page, plain, bare]) await open.close();
  const frames = (r: ScrollRun[]) => spread(r.map((run) => run.meanFrame));
  const [virtual, sameCells, only] = [frames(runs.virtual), frames(runs.plain), frames(runs.bare)];
  // Long tasks are those over 50 ms; a run without one counts as 0.
  const task = (r: ScrollRun[]) => {
    const s = spread(r.map((run) => run.longestTask));
    const over = r.filter((run) => run.longestTask > 0).length;
    return `${s.median.toFixed(0)} ms (max ${s.max.toFixed(0)}); ${over} of ${r.length} runs with one`;
  };
  const first = spread(opens.map((o) => o.first));
  const rerunFirst = spread(rerunOpens.map((o) => o.first));
  const all = spread(opens.map((o) => o.all));
  const floor = spread(floors);
  const n = ROWS.toLocaleString('en-US');
  return [
    `| results page: scroll ${n} rows top to bottom (${STEPS} steps), mean frame | ${showSpread(virtual)} | ${showSpread(only)} (a table that only scrolls: ${n} rows of 5 short cells, default styles, laid out before) | ${ratio(virtual, only)} |`,
    `| results page: the same scroll against a plain table of the same rows and cells | ${showSpread(virtual)} | ${showSpread(sameCells)} (every row in the results page's own table, laid out before) | ${ratio(virtual, sameCells)} |`,
    `| results page: longest main-thread task while scrolling, median of runs | ${task(runs.virtual)} | ${task(runs.bare)} (table that only scrolls); ${task(runs.plain)} (same cells) | — |`,
    `| results page: open with ${n} rows, first rows painted | ${showSpread(first)} | — | — |`,
    `| results page: open a search fetched again (${n} rows, the earlier run ${n}: what changed is computed), first rows painted | ${showSpread(rerunFirst)} | ${showSpread(first)} (the same page without an earlier run) | ${ratio(rerunFirst, first)} |`,
    `| results page: open with ${n} rows until all are loaded | ${showSpread(all)} | ${showSpread(floor)} (bare IndexedDB read of the rows) | ${ratio(all, floor)} |`,
  ].join('\n');
}

/** `npx tsx bench/scroll.bench.ts`: this piece alone, on the built extension. */
async function main() {
  const dir = new URL('../.output/chrome-mv3', import.meta.url).pathname;
  const launch = () =>
    chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bench-')), {
      headless: true,
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: extensionLaunchArgs({ extensionDirs: [dir] }),
    });
  const [context, baseline] = [await launch(), await launch()];
  const table = await benchScroll(context, baseline, unpackedExtensionId(dir));
  await context.close();
  await baseline.close();
  console.log(
    ['| figure | measured | baseline | ratio |', '|---|---:|---:|---:|', table].join('\n'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
