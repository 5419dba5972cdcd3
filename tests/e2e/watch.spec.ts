import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures.ts';

declare const chrome: {
  notifications: { getAll(): Promise<Record<string, boolean>> };
  alarms: {
    get(name: string): Promise<{ scheduledTime: number } | undefined>;
    getAll(): Promise<{ name: string }[]>;
  };
  action: { getBadgeText(details: object): Promise<string> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

interface WatchTestHooks {
  fireWatchAlarm(id: string): Promise<{ kind: string } | undefined>;
  clickNotification(id: string): Promise<string | undefined>;
}
type Seen = Record<string, { price?: number }>;

const SEARCH = 'https://divar.ir/s/tehran/buy-apartment';

const fire = (worker: Worker, id: string) =>
  worker.evaluate(
    (watchId) =>
      (self as unknown as { divarActionsTest: WatchTestHooks }).divarActionsTest.fireWatchAlarm(
        watchId,
      ),
    id,
  );
const click = (worker: Worker, id: string) =>
  worker.evaluate(
    (noteId) =>
      (self as unknown as { divarActionsTest: WatchTestHooks }).divarActionsTest.clickNotification(
        noteId,
      ),
    id,
  );
const notificationIds = async (worker: Worker) =>
  Object.keys(await worker.evaluate(() => chrome.notifications.getAll()));

test.describe('watched searches', () => {
  test.afterEach(({ replica }) => replica.mutate.reset());

  test('watch a search: a new listing and a price drop become a notification that opens the right page', async ({
    context,
    page,
    replica,
    openPopup,
    serviceWorker,
    stopServiceWorker,
    wakeServiceWorker,
    saveScreenshot,
  }) => {
    await page.goto(SEARCH);
    const popup = await openPopup(page);
    await popup.page.getByTestId('watch-add').click();
    const item = popup.page.getByTestId('watch-item');
    // The first check takes the baseline (one search request) and notifies nothing.
    await expect(item).toHaveAttribute('data-status', 'active', { timeout: 15_000 });
    await expect(popup.page.getByTestId('watch-watched')).toBeVisible();
    const id = (await item.getAttribute('data-id')) ?? '';
    expect(
      await serviceWorker.evaluate((name) => chrome.alarms.get(name), `watch:${id}`),
    ).toBeTruthy();
    expect(await notificationIds(serviceWorker)).toEqual([]);

    // Everything lives in storage.local and alarms: a real worker stop loses nothing.
    await stopServiceWorker();
    const worker = await wakeServiceWorker();
    const seen = (
      await worker.evaluate((key) => chrome.storage.local.get(key), `watch:v1:seen:${id}`)
    )[`watch:v1:seen:${id}`] as Seen;
    const [priced, before] = Object.entries(seen).find(([, entry]) => entry.price) ?? [];
    if (!priced || !before?.price) throw new Error('no priced listing on page 1');

    const added = replica.mutate.addListing({
      category: 'apartment-sell',
      cityId: 1,
      title: 'آپارتمان تازه برای آزمون',
    });
    replica.mutate.setPrice(priced, before.price - 10_000_000);
    expect(await fire(worker, id)).toMatchObject({ kind: 'checked' });
    const [several, ...others] = await notificationIds(worker);
    expect(others).toEqual([]);
    expect(several).toMatch(new RegExp(`^watch:${id}:results:\\d+$`));
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('2');
    await expect(item).toHaveAttribute('data-unseen', '2');
    await saveScreenshot('popup-watch', popup.page);

    // Several hits: the click opens the results view listing both, which marks them seen.
    const resultsOpened = context.waitForEvent('page');
    await click(worker, several ?? '');
    const results = await resultsOpened;
    await expect(results).toHaveURL(new RegExp(`/watch\\.html\\?id=${id}$`));
    const hits = results.getByTestId('watch-hit');
    await expect(hits).toHaveCount(2);
    await expect(hits.nth(0)).toHaveAttribute('data-token', added.token);
    await expect(hits.nth(0)).toHaveAttribute('data-kind', 'new');
    await expect(hits.nth(1)).toHaveAttribute('data-token', priced);
    await expect(hits.nth(1)).toHaveAttribute('data-kind', 'price-drop');
    await results.setViewportSize({ width: 720, height: 600 });
    await saveScreenshot('watch-results', results);
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    expect(await notificationIds(worker)).toEqual([]);

    // One hit: the click opens the post itself on divar.ir.
    const single = replica.mutate.addListing({ category: 'apartment-sell', cityId: 1 });
    expect(await fire(worker, id)).toMatchObject({ kind: 'checked' });
    expect(await notificationIds(worker)).toEqual([`watch:${id}:post:${single.token}`]);
    const postOpened = context.waitForEvent('page');
    await click(worker, `watch:${id}:post:${single.token}`);
    const post = await postOpened;
    await expect(post).toHaveURL(new RegExp(`^https://divar\\.ir/v/.*${single.token}$`));
    await expect(post.locator('h1')).toBeVisible();
  });

  test('pause, resume, edit and delete from the popup; a URL that does not read is refused', async ({
    page,
    openPopup,
    serviceWorker,
    sendMessage,
  }) => {
    await page.goto(SEARCH);
    const popup = await openPopup(page);
    await popup.page.getByTestId('watch-add').click();
    const item = popup.page.getByTestId('watch-item');
    await expect(item).toHaveAttribute('data-status', 'active', { timeout: 15_000 });
    const id = (await item.getAttribute('data-id')) ?? '';

    await item.getByTestId('watch-pause').click();
    await expect(item).toHaveAttribute('data-status', 'paused');
    expect(
      await serviceWorker.evaluate((name) => chrome.alarms.get(name), `watch:${id}`),
    ).toBeFalsy();
    await item.getByTestId('watch-resume').click();
    await expect(item).toHaveAttribute('data-status', 'active');

    await item.getByTestId('watch-edit').click();
    await item.getByTestId('watch-form-name').fill('آپارتمان‌های تهران');
    await item.getByTestId('watch-form-interval').fill('30');
    await item.getByTestId('watch-form-save').click();
    await expect(item.getByTestId('watch-name')).toHaveText('آپارتمان‌های تهران');

    await item.getByTestId('watch-delete').click();
    await expect(item).toHaveCount(0);
    expect(await serviceWorker.evaluate(() => chrome.alarms.getAll())).toEqual([]);
    expect(
      await sendMessage({ type: 'watchSearch', url: 'https://divar.ir/s/atlantis' }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'bad-search-url' },
    });
    await expect(popup.page.getByTestId('watch-add')).toBeVisible();
  });
});
