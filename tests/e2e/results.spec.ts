import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures.ts';
import { ResultsPage } from './pages/results-page.ts';

declare const chrome: { storage: { sync: { set(items: object): Promise<void> } } };

interface Envelope<T = unknown> {
  ok: boolean;
  data: T;
}
interface Job {
  id: string;
  status: string;
  progress: { listings: number };
}
interface Listing {
  token: string;
  title: string;
  price?: number;
  imageCount?: number;
  imageUrls: string[];
}

const SEARCH = 'https://divar.ir/s/tehran/buy-villa';
// A listing whose title a spreadsheet would run: it must arrive as text in both files.
const FORMULA = '=HYPERLINK("https://evil.example/","ویلای ارزان")';

/** Tokens in price order as the page sorts: no price last, ties in divar's order. */
function byPriceOrder(listings: Listing[], dir: 'asc' | 'desc'): string[] {
  const sign = dir === 'asc' ? 1 : -1;
  return listings
    .map((l, i) => ({ l, i }))
    .sort((a, b) => {
      const [pa, pb] = [a.l.price, b.l.price];
      if (pa === undefined || pb === undefined) {
        return pa === pb ? a.i - b.i : pa === undefined ? 1 : -1;
      }
      return (pa - pb) * sign || a.i - b.i;
    })
    .map(({ l }) => l.token);
}

test.describe('the results page', () => {
  let jobId = '';
  let listings: Listing[] = [];

  test.beforeEach(async ({ serviceWorker, stopServiceWorker, sendMessage, replica }) => {
    // A faster pace than the default 1 request/s, so tests stay short; read at worker start.
    await serviceWorker.evaluate(() =>
      chrome.storage.sync.set({ 'politeness:v1': { ratePerSecond: 4, dailyContacts: 10 } }),
    );
    await stopServiceWorker();
    replica.mutate.addListing({
      category: 'house-villa-sell',
      cityId: 1,
      title: FORMULA,
      price: 7_777_000_000,
      size: 250,
    });
    const started = await sendMessage<Envelope<Job>>({ type: 'startCrawl', url: SEARCH });
    jobId = started.data.id;
    const status = async () =>
      (await sendMessage<Envelope<Job[]>>({ type: 'listJobs' })).data.find((j) => j.id === jobId)
        ?.status;
    await expect.poll(status, { timeout: 40_000, intervals: [250] }).toBe('done');
    const answer = await sendMessage<Envelope<{ total: number; listings: Listing[] }>>({
      type: 'jobListings',
      jobId,
      offset: 0,
      limit: 1000,
    });
    listings = answer.data.listings;
  });

  test.afterEach(({ replica }) => replica.mutate.reset());

  test('shows every listing in a windowed table, sorts, filters, and exports CSV and XLSX', async ({
    context,
    extensionId,
    saveScreenshot,
  }) => {
    test.setTimeout(90_000);
    expect(listings.length).toBe(166);
    const results = await ResultsPage.open(context, extensionId, jobId);
    await expect(results.root).toHaveAttribute('data-state', 'ready');
    await expect(results.table).toHaveAttribute('data-rows', '166');
    await expect(results.count).toContainText('۱۶۶ از ۱۶۶');
    // Only the rows in view are in the DOM.
    expect(await results.rows.count()).toBeLessThan(60);
    await expect(results.histogram).toBeVisible();

    // Sort by price, cheapest first: listings without a price go last, ties keep divar's order.
    await results.page.getByTestId('sort-price').click();
    const byPrice = byPriceOrder(listings, 'asc');
    await expect
      .poll(async () => (await results.tokens()).slice(0, 10))
      .toEqual(byPrice.slice(0, 10));
    await results.page.getByTestId('sort-price').click();
    const byPriceDesc = byPriceOrder(listings, 'desc');
    await expect.poll(async () => (await results.tokens())[0]).toBe(byPriceDesc[0]);

    // Scrolling to the bottom shows the last rows (the row height and the spacers agree).
    await results.table.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(async () => (await results.tokens()).at(-1)).toBe(byPriceDesc.at(-1));
    const lastRow = results.rows.last();
    await expect(lastRow).toHaveAttribute('aria-rowindex', '167');
    // In view inside the scroll box: its bottom edge at the box's bottom edge, not below it.
    const [row, box] = await Promise.all([lastRow.boundingBox(), results.table.boundingBox()]);
    expect(
      Math.abs((row?.y ?? 0) + (row?.height ?? 0) - ((box?.y ?? 0) + (box?.height ?? 0))),
    ).toBeLessThan(3);
    const priced = listings.filter((l) => l.price !== undefined);

    // Filter: text, then a price range.
    await results.filterText.fill('HYPERLINK');
    await expect(results.count).toContainText('۱ از ۱۶۶');
    await expect(results.rows).toHaveCount(1);
    await results.filterText.fill('');
    await results.minPrice.fill('7000000000');
    await results.minPrice.blur();
    const inRange = priced.filter((l) => (l.price as number) >= 7e9).length;
    await expect(results.table).toHaveAttribute('data-rows', String(inRange));
    await expect(results.minPrice).toHaveValue('۷٬۰۰۰٬۰۰۰٬۰۰۰');
    await results.minPrice.fill('');
    await results.minPrice.blur();
    await expect(results.table).toHaveAttribute('data-rows', '166');

    // CSV: BOM, Persian headers, CRLF, one record per listing shown, the formula neutralised.
    const csv = await results.export('csv');
    expect(csv.name).toMatch(/^divar-.*\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(
      '"عنوان","قیمت (تومان)","متراژ (متر)","قیمت هر متر (تومان)","اتاق","محله","سال ساخت","تاریخ انتشار","تاریخ انتشار (شمسی)"',
    );
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example/"",""ویلای ارزان"")",7777000000,`);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(167);
    // Dates: ISO 8601 in Tehran time (never divar's raw UTC text), then the Jalali date as text.
    expect(text).toMatch(
      /,20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\+03:30,"14\d\d\/\d\d\/\d\d \d\d:\d\d"\r\n/,
    );
    expect(text).not.toMatch(/\d\.\d+Z/);
    const persian = listings.find((l) => !l.title.startsWith('='))?.title ?? '?';
    expect(text).toContain(persian);

    // XLSX: right to left, frozen header, auto-filter, prices as numbers, the formula as text.
    const xlsx = await results.export('xlsx');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const files = unzipSync(new Uint8Array(xlsx.bytes));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
    const strings = strFromU8(files['xl/sharedStrings.xml'] as Uint8Array);
    expect(sheet).toMatch(/<sheetView[^>]* rightToLeft="1"/);
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toContain('<autoFilter ref="A1:I167"/>');
    // A real date cell (a number with a date style), not text.
    expect(sheet).toMatch(/<c r="H2" s="\d+"><v>4\d{4}\.\d+<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="B\d+" s="\d+"><v>7777000000<\/v><\/c>/);
    expect(sheet).not.toContain('<f>');
    // Quotes need no escaping in XML text; the cell text starts with the apostrophe.
    expect(strings.includes(`<t>'${FORMULA}</t>`)).toBe(true);
    expect(strings.includes(`<t>${FORMULA}</t>`)).toBe(false);
    expect(strings.includes('<t>قیمت (تومان)</t>')).toBe(true);

    await results.table.evaluate((el) => el.scrollTo(0, 0));
    await results.page.getByTestId('sort-price').click();
    await saveScreenshot('results-fa', results.page);
    await results.page.getByTestId('lang-toggle').click();
    await expect(results.page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(results.count).toContainText('166 of 166');
    await saveScreenshot('results-en', results.page);
  });

  test('English headers and the chosen columns are remembered for the next export', async ({
    context,
    extensionId,
  }) => {
    const results = await ResultsPage.open(context, extensionId, jobId);
    await expect(results.root).toHaveAttribute('data-state', 'ready');
    await results.page.getByTestId('header-lang-en').check();
    await results.page.getByTestId('column-chooser').locator('summary').click();
    await results.page.getByTestId('column-publishedAt').uncheck();
    await results.page.getByTestId('column-token').check();
    await results.page.reload();
    await expect(results.root).toHaveAttribute('data-state', 'ready');
    await expect(results.page.getByTestId('header-lang-en')).toBeChecked();
    const csv = await results.export('csv');
    const header = csv.bytes.toString('utf8').slice(1).split('\r\n')[0];
    expect(header).toBe(
      '"Title","Price (toman)","Size (m²)","Price per m² (toman)","Rooms","District","Year built","Post id"',
    );
    const json = JSON.parse((await results.export('json')).bytes.toString('utf8'));
    expect(json).toHaveLength(166);
    expect(Object.keys(json[0])).toContain('token');
  });

  test('"View results" in the popup opens this job on the results page', async ({
    page,
    openPopup,
    context,
  }) => {
    await page.goto(SEARCH);
    const popup = await openPopup(page);
    const view = popup.page.getByTestId('view-results');
    await expect(view).toBeVisible();
    const [opened] = await Promise.all([context.waitForEvent('page'), view.click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toMatch(new RegExp(`/results\\.html\\?job=${encodeURIComponent(jobId)}$`));
    await expect(opened.getByTestId('results')).toHaveAttribute('data-state', 'ready');
  });
});
