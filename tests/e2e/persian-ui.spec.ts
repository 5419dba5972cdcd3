import { expect, test } from './fixtures.ts';
import { ResultsPage } from './pages/results-page.ts';
import { ClosedShadow } from './support/closed-shadow.ts';
import { crawlDone, fastPace } from './support/jobs.ts';
import { openExtensionPage, shownText } from './support/surfaces.ts';
import { crawlAndWatch } from './support/watch.ts';

const SEARCH = 'https://divar.ir/s/tehran/buy-villa';
const WATCHED = 'https://divar.ir/s/tehran/buy-apartment';

/** Issue 17: what a Persian-speaking house hunter reads on every surface. */
test.describe('Persian UI', () => {
  test.afterEach(({ replica }) => replica.mutate.reset());

  test('no «·» anywhere: popup, results, options, watch page, toolbar, card badges, file names', async ({
    context,
    extensionId,
    page,
    openPopup,
    replica,
    sendMessage,
    serviceWorker,
    stopServiceWorker,
  }) => {
    test.setTimeout(90_000);
    const { jobId, watchId } = await crawlAndWatch(
      { sendMessage, serviceWorker, stopServiceWorker, replica },
      SEARCH,
      WATCHED,
    );

    // On divar.ir: the toolbar and every card's badge (closed shadow roots, read through DevTools).
    await page.goto(SEARCH);
    const shadow = await ClosedShadow.of(page);
    const badges = () => shadow.texts('divar-actions-badge', '.badge');
    await expect.poll(async () => (await badges()).filter(Boolean).length).toBeGreaterThan(5);
    expect((await badges()).join('\n')).not.toContain('·');
    expect(await shadow.text('divar-actions-toolbar', '.bar')).not.toContain('·');

    const popup = await openPopup(page);
    await expect(popup.page.getByTestId('job')).toHaveAttribute('data-status', 'done');
    await expect(popup.page.getByTestId('watch-item')).toBeVisible();
    await popup.page.getByTestId('jobs-list').locator('summary').click();
    expect(await shownText(popup.page)).not.toContain('·');
    await popup.langToggle.click();
    await expect(popup.page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await shownText(popup.page)).not.toContain('·');
    await popup.langToggle.click();

    const results = await ResultsPage.open(context, extensionId, jobId);
    await expect(results.root).toHaveAttribute('data-state', 'ready');
    expect(await shownText(results.page)).not.toContain('·');
    for (const format of ['csv', 'xlsx', 'json'] as const) {
      expect((await results.export(format)).name).not.toContain('·');
    }

    const options = await openExtensionPage(context, extensionId, 'options.html');
    await expect(options.getByTestId('export-defaults')).toBeVisible();
    expect(await shownText(options)).not.toContain('·');

    const watch = await openExtensionPage(context, extensionId, `watch.html?id=${watchId}`);
    await expect(watch.getByTestId('watch-hit')).toHaveCount(1);
    expect(await shownText(watch)).not.toContain('·');
  });

  test('cities, categories, districts and filter values by Persian name, in Persian digits; slugs only in the request view', async ({
    context,
    extensionId,
    page,
    openPopup,
    sendMessage,
    serviceWorker,
    stopServiceWorker,
  }) => {
    test.setTimeout(90_000);
    await fastPace(serviceWorker, stopServiceWorker);
    const jobId = await crawlDone(sendMessage, SEARCH);
    await sendMessage({ type: 'watchSearch', url: WATCHED });
    await page.goto(`${WATCHED}?rooms=2&size=40-90&business-type=personal%2C&districts=82`);
    const popup = await openPopup(page);
    await expect(popup.searchCity).toHaveText('تهران');
    await expect(popup.searchCategory).toHaveText('فروش آپارتمان');
    const filters = popup.page.getByTestId('search-filters');
    await expect(filters.locator('h3')).toHaveText('فروش آپارتمان، تهران');
    await expect(filters.locator('[data-key=rooms] dd')).toHaveText('۲');
    await expect(filters.locator('[data-key=size] dd')).toHaveText('از ۴۰ تا ۹۰');
    await expect(filters.locator('[data-key=business-type] dd')).toHaveText('شخصی');
    await expect(filters.locator('[data-key=districts] dd')).toHaveText('پونک');
    await expect(popup.page.getByTestId('watch-name')).toHaveText('فروش آپارتمان، تهران');
    await popup.page.getByTestId('jobs-list').locator('summary').click();
    await expect(popup.page.getByTestId('jobs-row')).toContainText('فروش خانه و ویلا، تهران');
    // What a house hunter reads has no slug and no Latin digit; the request view keeps the slugs.
    for (const id of ['page-summary', 'search-filters', 'jobs-list', 'watch']) {
      const text = await popup.page.getByTestId(id).innerText();
      expect(text, id).not.toMatch(/[A-Za-z0-9]/);
    }
    await expect(popup.page.getByTestId('search-slugs')).toContainText('tehran/buy-apartment');

    const results = await ResultsPage.open(context, extensionId, jobId);
    await expect(results.root).toHaveAttribute('data-state', 'ready');
    await expect(results.page.getByTestId('results-job')).toHaveText('فروش خانه و ویلا، تهران');
    await expect(results.page).toHaveTitle('نتیجه‌های جستجو، کنش‌های دیوار');
    const csv = await results.export('csv');
    expect(csv.name).toMatch(/^divar-فروش-خانه-و-ویلا-تهران-14\d\d-\d\d-\d\d\.csv$/);
    await results.page.getByTestId('lang-toggle').click();
    await expect(results.page.getByTestId('results-job')).toHaveText(
      'House villa for sale, Tehran',
    );
    expect((await results.export('json')).name).toMatch(
      /^divar-House-villa-for-sale-Tehran-20\d\d-\d\d-\d\d\.json$/,
    );
    await results.page.getByTestId('lang-toggle').click();
  });
});
