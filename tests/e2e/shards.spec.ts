import type { Replica } from '../replica/index.ts';
import { expect, test } from './fixtures.ts';

declare const chrome: { storage: { sync: { set(items: object): Promise<void> } } };

const SEARCH = 'https://divar.ir/s/tehran/buy-apartment';

/** The replica's api.divar.ir requests: when each arrived and when it was answered. */
const apiRequests = (replica: Replica) =>
  replica.log
    .entries()
    .filter((e) => e.host.startsWith('api.divar.ir') && e.method === 'POST')
    .map((e) => ({ start: Date.parse(e.time), end: Date.parse(e.time) + e.durationMs, ...e }));

test('on a slow divar, "Fetch all" runs shard cursors side by side within the politeness rate and gets every result once', async ({
  page,
  replica,
  serviceWorker,
  stopServiceWorker,
  openPopup,
}) => {
  test.setTimeout(90_000);
  // The fastest politeness the options allow; divar answers in 600 ms and refuses a 6th request a second.
  await serviceWorker.evaluate(() =>
    chrome.storage.sync.set({ 'politeness:v1': { ratePerSecond: 5, dailyContacts: 10 } }),
  );
  await stopServiceWorker();
  await page.goto(SEARCH);
  const popup = await openPopup(page);
  const count = await popup.page.getByTestId('search-count').getAttribute('data-count');
  replica.log.clear();
  replica.faults.set({ latencyMs: 600, rateLimit: { perSecond: 5, windowMs: 1000 } });
  await popup.page.getByTestId('fetch-all').click();
  const job = popup.page.getByTestId('job');
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(job).toHaveAttribute('data-listings', String(count));
  const requests = apiRequests(replica);
  expect(requests.filter((r) => r.status === 429)).toEqual([]);
  // Several pages were in flight at once (one cursor would never overlap its own requests).
  const overlapping = Math.max(
    ...requests.map((r) => requests.filter((o) => o.start <= r.start && o.end > r.start).length),
  );
  expect(overlapping).toBeGreaterThan(1);
  const cursors = new Set(
    requests
      .filter((r) => r.path.endsWith('/search'))
      .map((r) => JSON.stringify((r.body as { search_data?: unknown }).search_data)),
  );
  expect(cursors.size).toBeGreaterThan(1);
});
