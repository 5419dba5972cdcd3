import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openExtensionPage } from './support/surfaces.ts';
import { crawlAndWatch } from './support/watch.ts';

/** What a page's fonts are: whether Vazirmatn loaded, and the font body text and buttons use. */
function fontsOf(page: Page) {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const style = (el: Element | null) => (el ? getComputedStyle(el) : undefined);
    const text = document.querySelector('p, dd, li, td') ?? document.body;
    return {
      loaded: document.fonts.check('14px "Vazirmatn Variable"', 'آگهی ۱۲۳'),
      faces: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
      body: style(document.body)?.fontFamily ?? '',
      bodySize: style(document.body)?.fontSize ?? '',
      text: style(text)?.fontFamily ?? '',
      // The watch page has no button: '' is skipped.
      button: style(document.querySelector('button'))?.fontFamily ?? '',
    };
  });
}

/** Issue 17 fault 2: the bundled Vazirmatn is the font of every extension page. */
test('Vazirmatn loads and is the font of body text on every extension page', async ({
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
  const { jobId, watchId } = await crawlAndWatch({
    sendMessage,
    serviceWorker,
    stopServiceWorker,
    replica,
  });
  await page.goto('https://divar.ir/s/tehran/buy-villa');
  const pages: [string, Page][] = [
    ['popup', (await openPopup(page)).page],
    ['results', await openExtensionPage(context, extensionId, `results.html?job=${jobId}`)],
    ['options', await openExtensionPage(context, extensionId, 'options.html')],
    ['watch', await openExtensionPage(context, extensionId, `watch.html?id=${watchId}`)],
  ];
  for (const [name, shown] of pages) {
    await expect(shown.locator('button, a').first(), name).toBeVisible();
    const fonts = await fontsOf(shown);
    expect(fonts.loaded, name).toBe(true);
    expect(fonts.faces, name).toContain('Vazirmatn Variable');
    // Chromium's own stylesheet for extension pages sets body's font (and 75% size): ours wins.
    for (const used of [fonts.body, fonts.text, fonts.button].filter(Boolean)) {
      expect(used.split(',')[0]?.replace(/"/g, ''), name).toBe('Vazirmatn Variable');
    }
    expect(fonts.bodySize, name).toBe('14px');
  }
});
