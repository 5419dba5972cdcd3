import { expect, test } from './fixtures.ts';
import { ResultsPage } from './pages/results-page.ts';
import { expectAccessible, useLang, VARIANTS } from './support/axe.ts';
import { crawlDone, fastPace } from './support/jobs.ts';
import { openExtensionPage } from './support/surfaces.ts';
import { crawlAndWatch, watchWithHit } from './support/watch.ts';

declare const chrome: { tabs: { create(options: object): Promise<{ id?: number }> } };

const SEARCH = 'https://divar.ir/s/tehran/buy-villa';

/** Accessibility, measured: axe on every page, in each state, both languages, both schemes. */
test.describe('axe finds no serious or critical violation', () => {
  for (const variant of VARIANTS) {
    const name = `${variant.lang}, ${variant.scheme}`;

    test(`the popup in every state (${name})`, async ({
      page,
      openPopup,
      replica,
      sendMessage,
      serviceWorker,
      stopServiceWorker,
    }) => {
      test.setTimeout(120_000);
      await useLang(serviceWorker, variant.lang);
      await fastPace(serviceWorker, stopServiceWorker);
      const check = async (
        target: Parameters<typeof openPopup>[0],
        label: string,
        act?: (p: import('@playwright/test').Page) => Promise<void>,
      ) => {
        const popup = await openPopup(target);
        await popup.page.emulateMedia({ colorScheme: variant.scheme });
        await expect(popup.page.locator('main')).toHaveAttribute('aria-busy', 'false');
        await act?.(popup.page);
        await expectAccessible(popup.page, `${label} (${name})`);
        await popup.close();
      };
      await page.goto(SEARCH);
      await check(page, 'search page, before Fetch all', async (p) => {
        await p.getByTestId('dev-section').locator('> summary').click();
      });
      await crawlDone(sendMessage, SEARCH);
      await watchWithHit(
        sendMessage,
        serviceWorker,
        replica,
        'https://divar.ir/s/tehran/buy-apartment',
      );
      await check(page, 'search page, after Fetch all, watched searches', async (p) => {
        await expect(p.getByTestId('job')).toHaveAttribute('data-status', 'done');
        await p.getByTestId('jobs-list').locator('summary').click();
      });
      await page.goto('https://divar.ir/v/-/gammaxvi');
      await check(page, 'post page', async (p) => {
        await expect(p.getByTestId('post-details')).toBeVisible();
      });
      const blankTab = await serviceWorker.evaluate(
        async () => (await chrome.tabs.create({ url: 'about:blank' })).id,
      );
      await check(blankTab ?? -1, 'another tab, then a pasted link', async (p) => {
        await p.getByTestId('url-input').fill('https://example.com/v/gammaxvi');
        await expect(p.getByTestId('error')).toBeVisible();
        await expectAccessible(p, `paste box with an error (${name})`);
        await p.getByTestId('url-input').fill('https://divar.ir/v/-/gammaxvi');
        await expect(p.getByTestId('url-result')).toHaveAttribute('data-state', 'ok');
      });
    });

    test(`the results, options and watch pages (${name})`, async ({
      context,
      extensionId,
      replica,
      sendMessage,
      serviceWorker,
      stopServiceWorker,
    }) => {
      test.setTimeout(120_000);
      await useLang(serviceWorker, variant.lang);
      const { jobId, watchId } = await crawlAndWatch(
        { sendMessage, serviceWorker, stopServiceWorker, replica },
        SEARCH,
      );
      const results = await ResultsPage.open(context, extensionId, jobId);
      await results.page.emulateMedia({ colorScheme: variant.scheme });
      await expect(results.root).toHaveAttribute('data-state', 'ready');
      await expectAccessible(results.page, `results (${name})`);
      await results.page.getByTestId('sort-price').press('Enter');
      await results.page.getByTestId('column-chooser').locator('summary').click();
      await expectAccessible(results.page, `results, sorted, columns open (${name})`);
      const options = await openExtensionPage(context, extensionId, 'options.html');
      await options.emulateMedia({ colorScheme: variant.scheme });
      await expect(options.getByTestId('export-defaults')).toBeVisible();
      await expectAccessible(options, `options (${name})`);
      const watch = await openExtensionPage(context, extensionId, `watch.html?id=${watchId}`);
      await watch.emulateMedia({ colorScheme: variant.scheme });
      await expect(watch.getByTestId('watch-hit')).toHaveCount(1);
      await expectAccessible(watch, `watch page (${name})`);
    });
  }
});
