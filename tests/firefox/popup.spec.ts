import { describe, expect, it } from 'vitest';
import { attr, click, saveScreenshot, text } from './support/dom.ts';
import { useFirefox } from './support/use-firefox.ts';

/** The popup, opened as popup.html?tab=<id> as in the Chromium tests, names the tab's page. */
describe('the popup in Firefox', () => {
  const session = useFirefox();

  it('names a search page, in Persian and in English (screenshots)', async () => {
    const { firefox, extension } = session();
    const page = (await firefox.pages())[0] ?? (await firefox.newPage());
    await page.goto('https://divar.ir/s/tehran/buy-apartment?size=40-90');
    const popup = await extension.openPopup(await extension.tabIdOf(page));
    await expect.poll(() => attr(popup, 'page-kind', 'data-kind')).toBe('search');
    // By Persian name, not slug (the slugs stay in the request card).
    expect(await text(popup, 'search-city')).toBe('تهران');
    expect(await text(popup, 'search-category')).toContain('آپارتمان');
    await expect.poll(() => attr(popup, 'search-count', 'data-count')).not.toBeNull();
    // The background asked the page for its own filters (tabs.sendMessage to the content script).
    await expect.poll(() => attr(popup, 'cross-check', 'data-status')).toBe('agrees');
    await saveScreenshot(popup, 'firefox-popup-search');
    await click(popup, 'lang-toggle');
    await expect.poll(() => popup.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await expect.poll(() => text(popup, 'page-kind')).toBe('Search page');
    await saveScreenshot(popup, 'firefox-popup-search-en');
    await click(popup, 'lang-toggle'); // back to Persian for the next test
    await popup.close();
  });

  it('names a post page by its token, with its details', async () => {
    const { firefox, extension } = session();
    const page = await firefox.newPage();
    await page.goto('https://divar.ir/v/-/gammaxvi');
    const popup = await extension.openPopup(await extension.tabIdOf(page));
    await expect.poll(() => attr(popup, 'page-kind', 'data-kind')).toBe('post');
    expect(await text(popup, 'post-token')).toBe('gammaxvi');
    await expect.poll(() => text(popup, 'detail-price')).toBe('۲۰٬۵۰۰٬۰۰۰٬۰۰۰ تومان');
    await saveScreenshot(popup, 'firefox-popup-post');
    await popup.close();
    await page.close();
  });
});
