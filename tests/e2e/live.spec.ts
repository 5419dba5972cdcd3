import { expect, test } from './fixtures.ts';
import { ClosedShadow } from './support/closed-shadow.ts';
import { fastPace } from './support/jobs.ts';
import { openExtensionPage } from './support/surfaces.ts';
import { watchWithHit } from './support/watch.ts';

type Hook = { divarActionsTest: { clickMenu(info: object, tabId?: number): Promise<unknown> } };
interface WatchTestHooks {
  fireWatchAlarm(id: string): Promise<unknown>;
}

const SEARCH = 'https://divar.ir/s/shiraz/buy-villa';

/** Issue 17 fault 11: an open page follows what happens elsewhere, without being reopened. */
test('counts and statuses follow storage live: jobs, the job panel, watches, collection, card marks, watch page', async ({
  context,
  extensionId,
  page,
  openPopup,
  replica,
  sendMessage,
  serviceWorker,
  stopServiceWorker,
  tabIdOf,
}) => {
  test.setTimeout(90_000);
  await fastPace(serviceWorker, stopServiceWorker);
  await page.goto(SEARCH);
  const popup = await openPopup(page);
  const jobsTitle = popup.page.getByTestId('jobs-list').locator('summary');
  await expect(jobsTitle).toContainText('(۰)');
  await expect(popup.page.getByTestId('fetch-all')).toBeVisible();

  // A crawl of this search started elsewhere (here: a message, as the page's own button sends).
  await sendMessage({ type: 'startCrawl', url: SEARCH });
  await expect(jobsTitle).toContainText('(۱)');
  await expect(popup.page.getByTestId('job')).toHaveAttribute('data-status', 'done', {
    timeout: 30_000,
  });
  // The divar tab's cards get their "fetched" mark without a reload.
  const shadow = await ClosedShadow.of(page);
  await expect
    .poll(async () => (await shadow.texts('divar-actions-badge', '.badge')).join('\n'), {
      timeout: 6000,
    })
    .toContain('دریافت‌شده');

  // A post added to the collection from the right-click menu shows in the open popup.
  const href = await page.locator('a.unsafe-kt-post-card__action').first().getAttribute('href');
  const tabId = await tabIdOf(page);
  await serviceWorker.evaluate(
    ({ tab, linkUrl }) =>
      (self as unknown as Hook).divarActionsTest.clickMenu(
        { menuItemId: 'add-to-collection', linkUrl },
        tab,
      ),
    { tab: tabId, linkUrl: new URL(href ?? '', 'https://divar.ir').href },
  );
  await expect(popup.page.getByTestId('collection')).toHaveAttribute('data-count', '1');

  // A search watched elsewhere, and its news, show in the open popup and watch page.
  const watchId = await watchWithHit(
    sendMessage,
    serviceWorker,
    replica,
    'https://divar.ir/s/tehran/buy-apartment',
  );
  await expect(popup.page.getByTestId('watch-item')).toHaveAttribute('data-unseen', '1');
  const watch = await openExtensionPage(context, extensionId, `watch.html?id=${watchId}`);
  await expect(watch.getByTestId('watch-hit')).toHaveCount(1);
  replica.mutate.addListing({ category: 'apartment-sell', cityId: 1, price: 8_800_000_000 });
  await serviceWorker.evaluate(
    (id) =>
      (self as unknown as { divarActionsTest: WatchTestHooks }).divarActionsTest.fireWatchAlarm(id),
    watchId,
  );
  await expect(watch.getByTestId('watch-hit')).toHaveCount(2);
  replica.mutate.reset();
});
