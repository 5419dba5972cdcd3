import { expect, test } from './fixtures.ts';

interface Envelope<T = unknown> {
  ok: boolean;
  data: T;
}
type Hook = { divarActionsTest: { clickMenu(info: object, tabId?: number): Promise<unknown> } };

test.describe('right-click actions', () => {
  test('"Show this post\'s details" on a post link opens its details', async ({
    context,
    page,
    serviceWorker,
    tabIdOf,
  }) => {
    await page.goto('https://divar.ir/s/tehran/buy-apartment');
    const tabId = await tabIdOf(page);
    const opened = context.waitForEvent('page');
    await serviceWorker.evaluate(
      ({ tab }) =>
        (self as unknown as Hook).divarActionsTest.clickMenu(
          { menuItemId: 'show-post-details', linkUrl: 'https://divar.ir/v/%D8%A2/gammaxvi' },
          tab,
        ),
      { tab: tabId },
    );
    const details = await opened;
    await expect(details.getByTestId('post-token')).toHaveText('gammaxvi');
    await expect(details.getByTestId('detail-price')).toHaveText('۲۰٬۵۰۰٬۰۰۰٬۰۰۰ تومان');
  });

  test('"Fetch all results of this search" on a search page starts a job for that page', async ({
    page,
    serviceWorker,
    tabIdOf,
    sendMessage,
  }) => {
    await page.goto('https://divar.ir/s/shiraz/buy-villa');
    const tabId = await tabIdOf(page);
    await serviceWorker.evaluate(
      ({ tab }) =>
        (self as unknown as Hook).divarActionsTest.clickMenu(
          { menuItemId: 'fetch-all-results' },
          tab,
        ),
      { tab: tabId },
    );
    const jobs = await sendMessage<Envelope<{ url: string }[]>>({ type: 'listJobs' });
    expect(jobs.data.map((j) => j.url)).toEqual(['https://divar.ir/s/shiraz/buy-villa']);
  });
});

test('a pasted list of post links becomes a details job with its results page', async ({
  context,
  serviceWorker,
  openPopup,
}) => {
  const blankTab = await serviceWorker.evaluate(
    async () =>
      (
        await (
          self as unknown as { chrome: { tabs: { create(p: object): Promise<{ id?: number }> } } }
        ).chrome.tabs.create({
          url: 'about:blank',
        })
      ).id,
  );
  const popup = await openPopup(blankTab ?? -1);
  await popup.urlInput.fill(
    'ببینید:\nhttps://divar.ir/v/x/gammaxvi\nhttps://divar.ir/v/y/gaxWZCEz',
  );
  await expect(popup.page.getByTestId('token-list')).toHaveAttribute('data-count', '2');
  const opened = context.waitForEvent('page');
  await popup.page.getByTestId('fetch-token-details').click();
  const results = await opened;
  await expect(results).toHaveURL(/results\.html\?job=/);
  await expect(results.locator('body')).toContainText('gammaxvi', { timeout: 15_000 });
});

test('"Add to my collection" on a card link: the card is marked and the popup lists the collection', async ({
  page,
  serviceWorker,
  tabIdOf,
  openPopup,
}) => {
  await page.goto('https://divar.ir/s/tehran/buy-villa');
  const firstCard = page.locator('article.unsafe-kt-post-card').first();
  const href =
    (await firstCard.locator('a.unsafe-kt-post-card__action').getAttribute('href')) ?? '';
  const tabId = await tabIdOf(page);
  await serviceWorker.evaluate(
    ({ tab, linkUrl }) =>
      (self as unknown as Hook).divarActionsTest.clickMenu(
        { menuItemId: 'add-to-collection', linkUrl },
        tab,
      ),
    { tab: tabId, linkUrl: new URL(href, 'https://divar.ir').href },
  );
  await page.reload();
  await expect(
    page.locator('article.unsafe-kt-post-card').first().locator('divar-actions-badge'),
  ).toContainText('★ در مجموعه', { timeout: 6000 });
  const popup = await openPopup(page);
  await expect(popup.page.getByTestId('collection')).toHaveAttribute('data-count', '1');
});
