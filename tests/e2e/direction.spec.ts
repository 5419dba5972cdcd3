import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ResultsPage } from './pages/results-page.ts';
import { crawlDone, fastPace } from './support/jobs.ts';

/** The direction a piece of text is laid out in, and the language it is marked with. */
const layout = (element: Locator) =>
  element.evaluate((el) => ({
    direction: getComputedStyle(el).direction,
    lang: el.closest('[lang]')?.getAttribute('lang'),
  }));

/** Issue 17 fault 10: in the English UI, Persian data keeps its own direction and language. */
test('in English, Persian titles, names and districts are isolated right to left and marked fa', async ({
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
  const jobId = await crawlDone(sendMessage, 'https://divar.ir/s/tehran/buy-villa');
  await sendMessage({ type: 'watchSearch', url: 'https://divar.ir/s/tehran/buy-apartment' });
  await page.goto('https://divar.ir/v/-/gammaxvi');
  const popup = await openPopup(page);
  await popup.langToggle.click();
  await expect(popup.page.locator('html')).toHaveAttribute('dir', 'ltr');
  // «هروی / ۹۸ متر / …» laid out left to right would move «۹۸» to the wrong end.
  const title = popup.page.getByTestId('post-title');
  await expect(title).toContainText('۹۸');
  expect(await layout(title)).toEqual({ direction: 'rtl', lang: 'fa' });
  expect(await layout(popup.page.getByTestId('detail-district').locator('bdi'))).toEqual({
    direction: 'rtl',
    lang: 'fa',
  });
  expect(await layout(popup.page.getByTestId('watch-name'))).toEqual({
    direction: 'rtl',
    lang: 'fa',
  });
  // English words stay English, left to right.
  expect(await layout(popup.page.getByTestId('detail-price').locator('bdi'))).toEqual({
    direction: 'ltr',
    lang: 'en',
  });

  const results = await ResultsPage.open(context, extensionId, jobId);
  await expect(results.root).toHaveAttribute('data-state', 'ready');
  await expect(results.page.locator('html')).toHaveAttribute('lang', 'en');
  const cell = (await results.firstRowCell('Title')).locator('bdi');
  expect(await layout(cell)).toEqual({ direction: 'rtl', lang: 'fa' });
  const district = (await results.firstRowCell('District')).locator('bdi');
  expect(await layout(district)).toEqual({ direction: 'rtl', lang: 'fa' });
  await popup.langToggle.click(); // back to Persian for the other tests
});
