import { describe, expect, it } from 'vitest';
import { attr, click } from './support/dom.ts';
import { useFirefox } from './support/use-firefox.ts';

const SEARCH = 'https://divar.ir/s/tehran/buy-apartment';

describe('a watched search in Firefox', () => {
  const session = useFirefox();

  it('a new listing becomes a notification when the watch’s alarm fires', async () => {
    const { firefox, extension, replica } = session();
    const page = await firefox.newPage();
    await page.goto(SEARCH);
    const popup = await extension.openPopup(await extension.tabIdOf(page));
    await click(popup, 'watch-add');
    // The first check takes the baseline and notifies nothing.
    await expect
      .poll(() => attr(popup, 'watch-item', 'data-status'), { timeout: 15_000 })
      .toBe('active');
    const id = (await attr(popup, 'watch-item', 'data-id')) ?? '';
    const alarm = `watch:${id}`;
    expect(await extension.evaluate((name) => browser.alarms.get(name), alarm)).toBeTruthy();
    expect(await extension.evaluate(() => browser.notifications.getAll(), undefined)).toEqual({});

    const added = replica.mutate.addListing({
      category: 'apartment-sell',
      cityId: 1,
      title: 'آپارتمان تازه برای آزمون فایرفاکس',
    });
    // The watch's own alarm, due now: Firefox's alarms API wakes the background's listener.
    await extension.evaluate((name) => browser.alarms.create(name, { when: Date.now() }), alarm);
    const notified = () => extension.evaluate(() => browser.notifications.getAll(), undefined);
    await expect
      .poll(async () => Object.keys(await notified()), { timeout: 15_000 })
      .toEqual([`${alarm}:post:${added.token}`]);
    await expect.poll(() => attr(popup, 'watch-item', 'data-unseen')).toBe('1');
    // MV2's browserAction (Firefox) answers with a promise; its type only knows the callback.
    const badgeText = () =>
      (browser.browserAction.getBadgeText as (details: object) => Promise<string>)({});
    expect(await extension.evaluate(badgeText, undefined)).toBe('1');
    replica.mutate.reset();
    await popup.close();
    await page.close();
  });
});
