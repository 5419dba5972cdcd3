import { SESSION_COOKIE } from '../replica/test-support.ts';
import { expect, test } from './fixtures.ts';

declare const chrome: { storage: { sync: { set(items: object): Promise<void> } } };

interface Envelope<T = unknown> {
  ok: boolean;
  data: T;
  error?: { kind: string; message: string };
}
interface Job {
  id: string;
  status: string;
  progress: { listings: number; pages: number; approximateTotal?: number };
}

const SEARCH = 'https://divar.ir/s/tehran/buy-villa';

test.describe('fetching a whole search', () => {
  test.beforeEach(async ({ serviceWorker, stopServiceWorker }) => {
    // A faster pace than the default 1 request/s, so tests stay short; read at worker start.
    await serviceWorker.evaluate(() =>
      chrome.storage.sync.set({ 'politeness:v1': { ratePerSecond: 4, dailyContacts: 10 } }),
    );
    await stopServiceWorker();
  });

  test('"Fetch all" in the popup shows progress and ends with every result', async ({
    page,
    openPopup,
    saveScreenshot,
  }) => {
    await page.goto(SEARCH);
    const popup = await openPopup(page);
    // The search as divar shows it, with divar's own approximate count.
    await expect(popup.page.getByTestId('search-filters')).toContainText('تهران');
    await expect(popup.page.getByTestId('search-count')).toHaveAttribute('data-count', '165');
    await popup.page.getByTestId('fetch-all').click();
    const job = popup.page.getByTestId('job');
    await expect(job).toHaveAttribute('data-status', 'running');
    await expect(job).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
    await expect(job).toHaveAttribute('data-listings', '165');
    await expect(popup.page.getByTestId('job-coverage')).toContainText('۱۰۰');
    // Every job stays listed and reopenable.
    const again = await openPopup(page);
    await again.page.getByTestId('jobs-list').locator('summary').click();
    await expect(again.page.getByTestId('jobs-row')).toHaveCount(1);
    await expect(again.page.getByTestId('jobs-row')).toHaveAttribute('data-status', 'done');
    await saveScreenshot('popup-job-done', popup.page);
  });

  test('after a crawl, the details of every listing are fetched with progress', async ({
    page,
    openPopup,
  }) => {
    test.setTimeout(90_000);
    await page.goto('https://divar.ir/s/shiraz/buy-villa');
    const popup = await openPopup(page);
    await popup.page.getByTestId('fetch-all').click();
    await expect(popup.page.getByTestId('job')).toHaveAttribute('data-status', 'done', {
      timeout: 30_000,
    });
    const total = Number(await popup.page.getByTestId('job').getAttribute('data-listings'));
    expect(total).toBeGreaterThan(20);
    await popup.page.getByTestId('fetch-details').click();
    const details = popup.page.getByTestId('job-details');
    await expect(details).toHaveAttribute('data-status', 'running');
    await expect(details).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(details).toHaveAttribute('data-done', String(total));
  });

  test('the service worker stopped for real at five points of a crawl: it resumes and ends with the same listings', async ({
    sendMessage,
    stopServiceWorker,
  }) => {
    const started = await sendMessage<Envelope<Job>>({ type: 'startCrawl', url: SEARCH });
    expect(started.ok).toBe(true);
    const id = started.data.id;
    const status = async () =>
      (await sendMessage<Envelope<Job[]>>({ type: 'listJobs' })).data.find((j) => j.id === id);
    let stops = 0;
    let lastSeen = -1;
    for (let i = 0; i < 400 && stops < 5; i++) {
      const job = await status();
      if (job?.status === 'done') break;
      const listings = job?.progress.listings ?? 0;
      if (listings > lastSeen) {
        lastSeen = listings;
        await stopServiceWorker();
        stops++;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(stops).toBe(5);
    await expect.poll(async () => (await status())?.status, { timeout: 30_000 }).toBe('done');
    const all = await sendMessage<Envelope<{ total: number; listings: { token: string }[] }>>({
      type: 'jobListings',
      jobId: id,
      offset: 0,
      limit: 1000,
    });
    const tokens = all.data.listings.map((l) => l.token);
    expect(all.data.total).toBe(165);
    expect(new Set(tokens).size).toBe(165);
  });

  test('contact numbers need a divar login: a clear error, and nothing retried', async ({
    sendMessage,
    replica,
  }) => {
    replica.log.clear();
    const answer = await sendMessage<Envelope>({ type: 'postContact', token: 'gammaxvi' });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'auth' } });
    expect(replica.log.entries().filter((e) => e.path.includes('contact_info'))).toHaveLength(0);
  });

  test('with a divar session the contact number comes back and counts against the daily cap', async ({
    context,
    sendMessage,
  }) => {
    await context.addCookies([SESSION_COOKIE]);
    const answer = await sendMessage<
      Envelope<{ phone: string; usedToday: number; dailyCap: number }>
    >({
      type: 'postContact',
      token: 'gammaxvi',
    });
    expect(answer.ok).toBe(true);
    expect(answer.data.phone).toMatch(/^09\d{9}$/);
    expect(answer.data).toMatchObject({ usedToday: 1, dailyCap: 10 });
  });
});

test.describe('post details in the popup', () => {
  test('show price, size, rooms, both calendars and the contact number on request', async ({
    context,
    page,
    openPopup,
    saveScreenshot,
  }) => {
    await context.addCookies([SESSION_COOKIE]);
    await page.goto('https://divar.ir/v/-/gammaxvi');
    const popup = await openPopup(page);
    const details = popup.page.getByTestId('post-details');
    await expect(details).toBeVisible();
    await expect(popup.page.getByTestId('detail-price')).toHaveText('۲۰٬۵۰۰٬۰۰۰٬۰۰۰ تومان');
    await expect(popup.page.getByTestId('detail-size')).toContainText('۹۸');
    await expect(popup.page.getByTestId('detail-published')).toContainText('۱۴۰۵');
    await expect(popup.page.getByTestId('detail-published')).toContainText(
      '2026'.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] ?? d),
    );
    await popup.page.getByTestId('get-contact').click();
    await expect(popup.page.getByTestId('contact')).toHaveText(/^09\d{9}$/);
    await saveScreenshot('popup-post', popup.page);
  });
});

test('an expired divar session is refreshed once, then the contact number comes back', async ({
  context,
  replica,
  sendMessage,
}) => {
  await context.addCookies([
    {
      name: 'sAccessToken',
      value: 'old.jwt.token',
      domain: '.divar.ir',
      path: '/',
      httpOnly: true,
      secure: true,
    },
    {
      name: 'sRefreshToken',
      value: 'refresh-me',
      domain: '.divar.ir',
      path: '/',
      httpOnly: true,
      secure: true,
    },
  ]);
  replica.faults.set({ sessionExpired: true });
  replica.log.clear();
  const answer = await sendMessage<Envelope<{ phone: string }>>({
    type: 'postContact',
    token: 'gammaxvi',
  });
  expect(answer.ok).toBe(true);
  expect(answer.data.phone).toMatch(/^09\d{9}$/);
  const paths = replica.log.entries().map((e) => `${e.status} ${e.path}`);
  expect(paths.filter((p) => p.includes('session/refresh'))).toEqual([
    '200 /v8/authenticate/session/refresh',
  ]);
  expect(paths.filter((p) => p.includes('contact_info')).map((p) => p.split(' ')[0])).toEqual([
    '403',
    '200',
  ]);
});
