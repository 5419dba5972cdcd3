import { describe, expect, it } from 'vitest';
import type { MenuClick } from '../../lib/menus/menu-text.ts';
import type { FirefoxExtension } from './support/extension.ts';
import { useFirefox } from './support/use-firefox.ts';

type Hook = { divarActionsTest: { clickMenu(info: MenuClick, tabId?: number): Promise<unknown> } };

/**
 * A right-click on a menu item, through the e2e build's test hook in the background page: BiDi
 * cannot open Firefox's context menu. Firefox lets an add-on page reach its background page
 * (`runtime.getBackgroundPage`), so the hook is called there, on the same handler a click runs.
 */
async function clickMenu(extension: FirefoxExtension, info: MenuClick, tabId?: number) {
  const answer = await extension.evaluate(
    async ({ click, tab }) => {
      const background = (await browser.runtime.getBackgroundPage()) as unknown as Hook;
      // As JSON: the answer is an object of the background page's realm.
      return JSON.stringify((await background.divarActionsTest.clickMenu(click, tab)) ?? null);
    },
    { click: info, tab: tabId },
  );
  return JSON.parse(answer) as unknown;
}

/** The clipboard's text, read in an add-on page (the test profile needs no paste prompt). */
const clipboard = (extension: FirefoxExtension) =>
  extension.evaluate(() => navigator.clipboard.readText(), undefined);

/** Firefox has no offscreen documents: its background page copies with navigator.clipboard. */
describe('the right-click menu in Firefox', () => {
  const session = useFirefox({ testHook: true });

  it('"Copy post token" on a post link puts the token on the clipboard', async () => {
    const { extension } = session();
    const answer = await clickMenu(extension, {
      menuItemId: 'copy-post-token',
      linkUrl: 'https://divar.ir/v/%D8%A2/gammaxvi',
    });
    expect(answer).toEqual({ ok: true, text: 'gammaxvi' });
    expect(await clipboard(extension)).toBe('gammaxvi');
  });

  it('"Copy search request as cURL" on a search page copies the request it stands for', async () => {
    const { firefox, extension } = session();
    const page = await firefox.newPage();
    await page.goto('https://divar.ir/s/tehran/buy-apartment?size=40-90');
    const tabId = await extension.tabIdOf(page);
    await expect
      .poll(() => clickMenu(extension, { menuItemId: 'copy-search-curl' }, tabId))
      .toMatchObject({ ok: true });
    const copied = await clipboard(extension);
    expect(copied).toMatch(/^curl 'https:\/\/api\.divar\.ir\//);
    expect(copied).toContain('"size":{"number_range":{"minimum":"40","maximum":"90"');
    await page.close();
  });
});
