import { expect, test } from './fixtures.ts';
import { ResultsPage } from './pages/results-page.ts';
import { ClosedShadow } from './support/closed-shadow.ts';
import { crawlDone, fastPace } from './support/jobs.ts';
import { openExtensionPage, shownText } from './support/surfaces.ts';
import { watchWithHit } from './support/watch.ts';

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
    await fastPace(serviceWorker, stopServiceWorker);
    const jobId = await crawlDone(sendMessage, SEARCH);
    const watchId = await watchWithHit(sendMessage, serviceWorker, replica, WATCHED);

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
});
