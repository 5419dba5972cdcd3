import type { Replica } from '../replica/index.ts';
import { expect, test } from './fixtures.ts';
import { ClosedShadow } from './support/closed-shadow.ts';
import type { Envelope, JobRow as Job } from './support/envelope.ts';

declare const chrome: {
  storage: { sync: { set(items: object): Promise<void> } };
  action: { getBadgeText(details: object): Promise<string> };
};

const SEARCH = 'https://divar.ir/s/tehran/buy-villa';
const HEARTBEAT_MS = 30_000;

/** Times of the replica's answers whose path has `part`, oldest first. */
const answered = (replica: Replica, part: string) =>
  replica.log
    .entries()
    .filter((e) => e.path.includes(part) && e.status === 200)
    .map((e) => Date.parse(e.time));

/** The longest pause between two of these times. */
const longestGap = (times: number[]) =>
  times.slice(1).reduce((gap, at, i) => Math.max(gap, at - (times[i] ?? at)), 0);

/** Waits (without touching the extension) until `count()` reaches `target`. */
async function until(count: () => number, target: number, timeout: number) {
  await expect.poll(count, { timeout, intervals: [250] }).toBeGreaterThanOrEqual(target);
}

test.describe('long work goes on by itself when the browser stops the worker', () => {
  test.beforeEach(async ({ serviceWorker, stopServiceWorker }) => {
    await serviceWorker.evaluate(() =>
      chrome.storage.sync.set({ 'politeness:v1': { ratePerSecond: 4, dailyContacts: 10 } }),
    );
    await stopServiceWorker();
  });

  test('a crawl, the popup closed, the worker stopped 3 times: it ends by itself with every listing', async ({
    replica,
    sendMessage,
    stopServiceWorker,
  }) => {
    test.setTimeout(240_000);
    replica.faults.set({ latencyMs: 300 });
    replica.log.clear();
    const started = await sendMessage<Envelope<Job>>({ type: 'startCrawl', url: SEARCH });
    const searches = () => answered(replica, '/postlist/w/search').length;
    // Stops at different points: after the 1st, 3rd and 5th page; nothing else wakes the worker.
    for (const page of [1, 3, 5]) {
      await until(searches, page, 20_000 + HEARTBEAT_MS);
      await stopServiceWorker();
    }
    // Done when no request came for longer than a heartbeat: nothing of ours touched the worker.
    await expect
      .poll(() => Date.now() - (answered(replica, '/postlist/w/search').at(-1) ?? Date.now()), {
        timeout: 4 * HEARTBEAT_MS,
        intervals: [1000],
      })
      .toBeGreaterThan(HEARTBEAT_MS + 5_000);
    const times = answered(replica, '/postlist/w/search');
    expect(longestGap(times)).toBeLessThan(HEARTBEAT_MS + 5_000);
    const job = (await sendMessage<Envelope<Job[]>>({ type: 'listJobs' })).data.find(
      (j) => j.id === started.data.id,
    );
    expect(job?.status).toBe('done');
    expect(job?.progress.listings).toBe(165);
    expect(job?.log?.filter((e) => e.attempt === 0).length).toBeGreaterThanOrEqual(1);
    const all = await sendMessage<Envelope<{ listings: { token: string }[] }>>({
      type: 'jobListings',
      jobId: started.data.id,
      offset: 0,
      limit: 1000,
    });
    expect(new Set(all.data.listings.map((l) => l.token)).size).toBe(165);
  });

  test('a details run, stopped 3 times, ends by itself with every post', async ({
    replica,
    sendMessage,
    stopServiceWorker,
  }) => {
    test.setTimeout(240_000);
    const started = await sendMessage<Envelope<Job>>({
      type: 'startCrawl',
      url: 'https://divar.ir/s/shiraz/buy-villa',
    });
    const jobOf = async () =>
      (await sendMessage<Envelope<Job[]>>({ type: 'listJobs' })).data.find(
        (j) => j.id === started.data.id,
      );
    await expect.poll(async () => (await jobOf())?.status, { timeout: 30_000 }).toBe('done');
    const total = (await jobOf())?.progress.listings ?? 0;
    replica.faults.set({ latencyMs: 200 });
    replica.log.clear();
    await sendMessage({ type: 'startDetails', jobId: started.data.id });
    const posts = () => answered(replica, '/posts-v2/web/').length;
    for (const done of [2, 6, 10]) {
      await until(posts, done, 20_000 + HEARTBEAT_MS);
      await stopServiceWorker();
    }
    await until(posts, total, 3 * HEARTBEAT_MS + 30_000);
    expect(longestGap(answered(replica, '/posts-v2/web/'))).toBeLessThan(HEARTBEAT_MS + 5_000);
    await expect
      .poll(async () => (await jobOf())?.details, { timeout: 10_000 })
      .toMatchObject({ status: 'done', done: total, total });
  });

  test('a watch check cut short by a stop runs again by itself', async ({
    replica,
    sendMessage,
    stopServiceWorker,
  }) => {
    test.setTimeout(120_000);
    replica.faults.set({ latencyMs: 4_000 });
    replica.log.clear();
    const added = sendMessage<Envelope<{ id: string }>>({
      type: 'watchSearch',
      url: 'https://divar.ir/s/tehran/buy-apartment',
    });
    await expect
      .poll(() => replica.log.entries().filter((e) => e.path.includes('/postlist/w/search')).length)
      .toBeGreaterThan(0);
    await stopServiceWorker(); // the baseline check's request is in flight
    await added.catch(() => undefined);
    replica.faults.set({ latencyMs: 0 });
    // The cut request is still answered by the replica; the check's own retry is the second.
    await until(() => answered(replica, '/postlist/w/search').length, 2, HEARTBEAT_MS + 15_000);
    const baseline = async () =>
      (
        await sendMessage<Envelope<{ searches: { hasBaseline?: boolean }[] }>>({
          type: 'listWatches',
        })
      ).data.searches[0]?.hasBaseline;
    await expect.poll(baseline).toBe(true);
  });
});

test('during a 429 with Retry-After: 20 the popup says it waits and until when; the list and badge show the running job', async ({
  page,
  replica,
  openPopup,
  serviceWorker,
  saveScreenshot,
}) => {
  replica.faults.set({
    rateLimit: { burst: 1, retryAfterSeconds: 20 },
    pathIncludes: '/postlist/w/search',
  });
  await page.goto(SEARCH);
  const popup = await openPopup(page);
  await popup.page.getByTestId('fetch-all').click();
  const phase = popup.page.getByTestId('job').getByTestId('job-phase').first();
  await expect(phase).toHaveAttribute('data-phase', 'waiting', { timeout: 15_000 });
  await expect(phase).toHaveAttribute('data-reason', 'rate-limit');
  await expect(popup.page.getByTestId('job-wait').first()).toContainText(
    /دیوار درخواست‌ها را موقتاً محدود کرده است؛ ادامه پس از [۱۲][۰-۹]? ثانیه/,
  );
  await popup.page.getByTestId('jobs-list').locator('summary').click();
  await expect(popup.page.getByTestId('jobs-row')).toHaveAttribute('data-status', 'running');
  await expect(popup.page.getByTestId('jobs-list').locator('summary')).toContainText('(۱)');
  expect(await serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('↓');
  // The divar tab knows too: its Fetch all button counts the wait down.
  const shadow = await ClosedShadow.of(page);
  await expect
    .poll(() => shadow.text('divar-actions-toolbar', 'button[data-action="fetch-all"]'))
    .toMatch(/^در انتظار دیوار: [۱۲]?[۰-۹] ثانیه$/);
  await saveScreenshot('popup-job-waiting', popup.page);
  await popup.page.getByTestId('job-log').locator('summary').click();
  await expect(popup.page.getByTestId('job-log-row').first()).toContainText('429');
  await popup.page.getByTestId('job-cancel').click();
});
