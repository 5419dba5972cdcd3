import { expect, test } from './fixtures.ts';
import { ResultsPage } from './pages/results-page.ts';
import { crawlDone, fastPace } from './support/jobs.ts';

// A search of each kind, the headers its table starts with, and a cell that must be filled.
const CASES = [
  {
    url: 'https://divar.ir/s/karaj/rent-apartment',
    headers: ['عنوان', 'ودیعه (تومان)', 'اجارهٔ ماهانه (تومان)', 'متراژ (متر)'],
    filled: 'ودیعه (تومان)',
  },
  {
    url: 'https://divar.ir/s/shiraz/car',
    headers: ['عنوان', 'قیمت (تومان)', 'سال ساخت', 'کارکرد (کیلومتر)'],
    filled: 'کارکرد (کیلومتر)',
  },
  {
    url: 'https://divar.ir/s/shiraz/jobs',
    headers: ['عنوان', 'حقوق'],
    filled: 'حقوق',
  },
] as const;

/** Issue 17 fault 5: the default columns follow the category and fit a 1280-pixel window. */
test('default columns follow the category (rent, cars, jobs) and fit 1280 px without scrolling sideways', async ({
  context,
  extensionId,
  sendMessage,
  serviceWorker,
  stopServiceWorker,
  saveScreenshot,
}) => {
  test.setTimeout(120_000);
  await fastPace(serviceWorker, stopServiceWorker);
  for (const { url, headers, filled } of CASES) {
    const jobId = await crawlDone(sendMessage, url);
    const results = await ResultsPage.open(context, extensionId, jobId);
    await expect(results.root).toHaveAttribute('data-state', 'ready');
    const shown = await results.table.locator('thead th').allInnerTexts();
    const names = shown.map((h) =>
      h.replace(/[▲▼⇅]|\(مرتب‌سازی\)|مرتب‌سازی با این ستون/g, '').trim(),
    );
    // The first column may be the row selection ("Push to portal…"), which has no words.
    const first = names[0] === '' ? 1 : 0;
    expect(names.slice(first, first + headers.length), url).toEqual(headers);
    const column = names.indexOf(filled) + 1;
    const cells = await results.rows.locator(`td:nth-child(${column})`).allInnerTexts();
    expect(cells.filter((c) => c.trim() !== '').length, `${url}: ${filled}`).toBeGreaterThan(3);
    // Nothing to scroll sideways: the table box and the page fit the window.
    expect(await results.overflow(), url).toEqual({ box: 0, page: 0 });
    if (url.includes('rent')) await saveScreenshot('results-rent-fa', results.page);
    await results.page.close();
  }
});
