import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toSearchBody } from '../../lib/divar/search-body.ts';
import { parseSearchUrl } from '../../lib/divar/search-url.ts';
import type { Envelope } from '../e2e/support/envelope.ts';
import { createReplicaFetch } from '../replica/index.ts';
import { crawlSearch } from '../replica/test-support.ts';
import { attr, click } from './support/dom.ts';
import { nextDownload } from './support/downloads.ts';
import { useFirefox } from './support/use-firefox.ts';

const SEARCH = 'https://divar.ir/s/tehran/buy-villa';

/** The tokens the replica serves for `url`, page after page, before its recommendations. */
async function replicaTokens(fetcher: typeof fetch, url: string): Promise<string[]> {
  const parsed = parseSearchUrl(url);
  if (!parsed.ok) throw new Error(`not a search: ${url}`);
  const pages = await crawlSearch(fetcher, toSearchBody(parsed.query) as never);
  return pages.filter((page) => !page.isRecommendation).flatMap((page) => page.tokens);
}

describe('"Fetch all" and the results page in Firefox', () => {
  const session = useFirefox();
  let jobId = '';

  it('"Fetch all" in the popup runs to the end with every listing of the search', async () => {
    const { firefox, extension, replica } = session();
    // The pace the Chromium tests use (4 requests/s instead of 1); it applies at once.
    await extension.evaluate((value) => browser.storage.sync.set({ 'politeness:v1': value }), {
      ratePerSecond: 4,
      dailyContacts: 10,
    });
    const page = await firefox.newPage();
    await page.goto(SEARCH);
    const popup = await extension.openPopup(await extension.tabIdOf(page));
    await expect.poll(() => attr(popup, 'search-count', 'data-count')).toBe('165');
    await click(popup, 'fetch-all');
    await expect
      .poll(() => attr(popup, 'job', 'data-status'), { timeout: 40_000, interval: 250 })
      .toBe('done');
    expect(await attr(popup, 'job', 'data-listings')).toBe('165');

    const jobs = await extension.sendMessage<Envelope<{ id: string; url: string }[]>>({
      type: 'listJobs',
    });
    jobId = jobs.data.find((job) => job.url === SEARCH)?.id ?? '';
    const answer = await extension.sendMessage<Envelope<{ listings: { token: string }[] }>>({
      type: 'jobListings',
      jobId,
      offset: 0,
      limit: 1000,
    });
    const fetched = answer.data.listings.map((listing) => listing.token);
    // The same listings, in the same order, as divar (the replica) serves and Chromium fetches.
    expect(fetched).toEqual(await replicaTokens(createReplicaFetch(replica), SEARCH));
    await popup.close();
    await page.close();
  });

  it('the results page exports CSV and XLSX of those listings', async () => {
    const { extension, downloadDir } = session();
    expect(jobId).not.toBe('');
    const results = await extension.open(`results.html?job=${encodeURIComponent(jobId)}`);
    await expect.poll(() => attr(results, 'results', 'data-state')).toBe('ready');
    expect(await attr(results, 'results-table', 'data-rows')).toBe('165');

    const csv = await nextDownload(downloadDir, () => click(results, 'export-csv'));
    expect(csv.name).toMatch(/^divar-.*\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toContain('"عنوان","قیمت (تومان)"');
    // One row per listing after the header (the link column is not a default column any more).
    expect(lines.slice(1).filter((line) => line.trim() !== '')).toHaveLength(165);

    const xlsx = await nextDownload(downloadDir, () => click(results, 'export-xlsx'));
    expect(xlsx.name).toMatch(/^divar-.*\.xlsx$/);
    const files = unzipSync(new Uint8Array(xlsx.bytes));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(sheet).toMatch(/<sheetView[^>]* rightToLeft="1"/);
    expect(sheet).toMatch(/<autoFilter ref="A1:[A-Z]+166"\/>/);
    await results.close();
  });
});
