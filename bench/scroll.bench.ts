import type { BrowserContext, Page } from '@playwright/test';
import { benchListings } from './results-listings';

const ROWS = 20_000;
const STEPS = 60;

/** Writes a finished job with `ROWS` listings straight into the extension's IndexedDB. */
async function seedJob(page: Page): Promise<string> {
  const listings = benchListings(ROWS);
  return page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('divar-actions-jobs', 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('jobs', { keyPath: 'id' });
        open.result
          .createObjectStore('listings', { keyPath: ['jobId', 'listing.token'] })
          .createIndex('byJob', ['jobId', 'seq']);
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['jobs', 'listings'], 'readwrite');
    const now = Date.now();
    tx.objectStore('jobs').put({
      id: 'bench-scroll',
      kind: 'crawl',
      status: 'done',
      url: 'https://divar.ir/s/tehran/buy-apartment',
      body: {},
      title: 'bench',
      createdAt: now,
      updatedAt: now,
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
      tx.objectStore('listings').put({ jobId: 'bench-scroll', seq, listing });
    }
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    return 'bench-scroll';
  }, listings);
}

/** Scrolls `selector` (or the page) from top to bottom in STEPS frames; returns the mean frame time in ms. */
function scrollFrames(page: Page, selector: string | null): Promise<number> {
  // No named helpers inside the page function: tsx would wrap them in a __name() the page lacks.
  return page.evaluate(
    async ({ selector, steps }) => {
      const box = (
        selector ? document.querySelector(selector) : document.scrollingElement
      ) as HTMLElement;
      const start = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      for (let i = 1; i <= steps; i++) {
        box.scrollTop = (box.scrollHeight - box.clientHeight) * (i / steps);
        await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      }
      const end = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      return (end - start) / (steps + 1);
    },
    { selector, steps: STEPS },
  );
}

/** Scrolling 20,000 results in the results page vs a plain table of the same rows, in Chromium. */
export async function benchScroll(context: BrowserContext, extensionId: string): Promise<string> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/results.html`);
  const jobId = await seedJob(page);
  const loadStart = Date.now();
  await page.goto(`chrome-extension://${extensionId}/results.html?job=${jobId}`);
  await page.locator('[data-testid=results-table] tbody tr').nth(5).waitFor({ timeout: 120_000 });
  await page
    .waitForFunction(
      (n) => document.body.textContent?.includes(n.toLocaleString('fa-IR')) ?? false,
      ROWS,
      { timeout: 120_000 },
    )
    .catch(() => undefined);
  const loadMs = Date.now() - loadStart;
  const virtual = await scrollFrames(page, '[data-testid=results-table]');
  const plain = await context.newPage();
  await plain.setViewportSize({ width: 1280, height: 800 });
  await plain.goto(`chrome-extension://${extensionId}/results.html`);
  await plain.evaluate((n) => {
    const rows = Array.from(
      { length: n },
      (_, i) =>
        `<tr><td>${i}</td><td>آگهی ${i}</td><td>${(1e9 + i).toLocaleString('fa-IR')}</td><td>۸۰</td><td>تهران</td></tr>`,
    );
    document.body.innerHTML = `<table>${rows.join('')}</table>`;
  }, ROWS);
  const baseline = await scrollFrames(plain, null);
  await page.close();
  await plain.close();
  return [
    `| results page: scroll ${ROWS.toLocaleString('en-US')} rows top to bottom (${STEPS} steps), mean frame | ${virtual.toFixed(1)} ms | ${baseline.toFixed(1)} ms (plain table of the same rows) | ${(virtual / baseline).toFixed(2)} |`,
    `| results page: open with ${ROWS.toLocaleString('en-US')} rows until they are all loaded | ${(loadMs / 1000).toFixed(1)} s | — | — |`,
  ].join('\n');
}
