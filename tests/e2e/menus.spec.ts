import { expect, test } from './fixtures.ts';
import { ClosedShadow } from './support/closed-shadow.ts';
import { firstJobDone } from './support/jobs.ts';

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
  await expect(results.locator('tr[data-token=gammaxvi]')).toHaveCount(1, { timeout: 15_000 });
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
  const shadow = await ClosedShadow.of(page);
  await expect
    .poll(() => shadow.text('article.unsafe-kt-post-card divar-actions-badge', '.badge'), {
      timeout: 6000,
    })
    .toContain('★ در مجموعه');
  const popup = await openPopup(page);
  await expect(popup.page.getByTestId('collection')).toHaveAttribute('data-count', '1');
});

test.describe('every other right-click handler, through the test hook', () => {
  const click = (worker: import('@playwright/test').Worker, info: object, tab: number) =>
    worker.evaluate(({ i, t }) => (self as unknown as Hook).divarActionsTest.clickMenu(i, t), {
      i: info,
      t: tab,
    });

  test("copy the search request, copy a selection's tokens, copy a contact number", async ({
    context,
    page,
    serviceWorker,
    tabIdOf,
  }) => {
    await context.grantPermissions(['clipboard-read'], { origin: 'https://divar.ir' });
    await context.addCookies([
      {
        name: 'sAccessToken',
        value: 'aaa.bbb.ccc',
        domain: '.divar.ir',
        path: '/',
        httpOnly: true,
        secure: true,
      },
    ]);
    await page.goto('https://divar.ir/s/tehran/buy-apartment?size=40-90');
    const tab = await tabIdOf(page);
    await page.bringToFront();
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await click(serviceWorker, { menuItemId: 'copy-search-curl' }, tab);
    expect(await clipboard()).toMatch(/^curl 'https:\/\/api\.divar\.ir\/v8\/postlist\/w\/search'/);
    await click(serviceWorker, { menuItemId: 'copy-search-json' }, tab);
    expect(JSON.parse(await clipboard()).search_data.form_data.data.size.number_range.minimum).toBe(
      '40',
    );
    await click(
      serviceWorker,
      {
        menuItemId: 'copy-selection-tokens',
        selectionText: 'a divar.ir/v/-/AZ4LldV9 b https://divar.ir/v/gammaxvi',
      },
      tab,
    );
    expect(await clipboard()).toBe('AZ4LldV9\ngammaxvi');
    await click(
      serviceWorker,
      { menuItemId: 'copy-contact', linkUrl: 'https://divar.ir/v/x/gammaxvi' },
      tab,
    );
    expect(await clipboard()).toMatch(/^09\d{9}$/);
  });

  test("fetch the details of a selection's posts into a results page", async ({
    context,
    page,
    serviceWorker,
    tabIdOf,
  }) => {
    await page.goto('https://divar.ir/');
    const tab = await tabIdOf(page);
    const opened = context.waitForEvent('page');
    await click(
      serviceWorker,
      { menuItemId: 'fetch-selection-details', selectionText: 'https://divar.ir/v/x/gammaxvi' },
      tab,
    );
    const results = await opened;
    await expect(results).toHaveURL(/results\.html\?job=/);
  });
});

test('"Details & Kenar" on a post page opens its details; exported results mark their cards', async ({
  context,
  page,
  sendMessage,
}) => {
  await page.goto('https://divar.ir/v/-/gammaxvi');
  await expect(page.locator('divar-actions-toolbar')).toHaveCount(1);
  const opened = context.waitForEvent('page');
  await (await ClosedShadow.of(page)).click('divar-actions-toolbar', 'button[data-action=details]');
  const details = await opened;
  await expect(details.getByTestId('post-token')).toHaveText('gammaxvi');
  const started = await sendMessage<Envelope<{ id: string }>>({
    type: 'startCrawl',
    url: 'https://divar.ir/s/shiraz/buy-villa',
  });
  await firstJobDone(sendMessage);
  await sendMessage({ type: 'jobExported', jobId: started.data.id });
  await page.goto('https://divar.ir/s/shiraz/buy-villa');
  const shadow = await ClosedShadow.of(page);
  await expect
    .poll(() => shadow.text('article.unsafe-kt-post-card divar-actions-badge', '.badge'), {
      timeout: 6000,
    })
    .toContain('⇩');
});
