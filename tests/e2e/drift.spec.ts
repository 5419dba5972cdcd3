import { expect, test } from './fixtures.ts';

declare const chrome: { storage: { sync: { set(items: object): Promise<void> } } };

// divar's API drifting under the extension: numbers and booleans as (Persian-digit) text, new keys
// and widget types everywhere, and one leaf per card and per post of another type.
test.describe('when divar drifts', () => {
  test.beforeEach(async ({ serviceWorker, stopServiceWorker, replica }) => {
    await serviceWorker.evaluate(() =>
      chrome.storage.sync.set({ 'politeness:v1': { ratePerSecond: 4, dailyContacts: 10 } }),
    );
    await stopServiceWorker();
    replica.faults.set({ drift: true });
  });

  test('"Fetch all" still gets every listing, says how many fields it skipped, and copies diagnostics', async ({
    page,
    context,
    openPopup,
    saveScreenshot,
  }) => {
    await page.goto('https://divar.ir/s/tehran/buy-villa');
    const popup = await openPopup(page);
    // divar's count arrives as "۱۶۵" and is still read as a number.
    await expect(popup.page.getByTestId('search-count')).toHaveAttribute('data-count', '165');
    await popup.page.getByTestId('fetch-all').click();
    const job = popup.page.getByTestId('job');
    await expect(job).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
    await expect(job).toHaveAttribute('data-listings', '165');
    const notice = popup.page.getByTestId('drift-notice');
    await expect(notice).toBeVisible();
    expect(Number(await notice.getAttribute('data-count'))).toBeGreaterThanOrEqual(165);
    await expect(notice).toContainText('بخش از پاسخ دیوار برای افزونه ناآشنا بود و کنار گذاشته شد');
    await saveScreenshot('popup-drift', popup.page);
    await popup.page.getByTestId('copy-diagnostics').click();
    await expect(popup.page.getByTestId('copy-diagnostics')).toHaveText(/ شد$/);
    await context.grantPermissions(['clipboard-read'], { origin: 'https://divar.ir' });
    await page.bringToFront();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(
      'list_widgets[POST_ROW].data.image_count: seen object, expected number',
    );
    expect(copied).toContain('https://divar.ir/s/tehran/buy-villa');
    expect(copied).not.toContain('غیرمنتظره'); // a value of the answer never leaves in diagnostics
  });

  test('a post still shows its details, and the one field it skipped, in English too', async ({
    page,
    openPopup,
    saveScreenshot,
  }) => {
    await page.goto('https://divar.ir/v/-/gammaxvi');
    const popup = await openPopup(page);
    await expect(popup.page.getByTestId('detail-price')).toHaveText('۲۰٬۵۰۰٬۰۰۰٬۰۰۰ تومان');
    const notice = popup.page.getByTestId('drift-notice');
    await expect(notice).toHaveAttribute('data-count', '1');
    await popup.langToggle.click();
    await expect(notice).toContainText("1 field of divar's answer was not understood");
    await expect(popup.page.getByTestId('copy-diagnostics')).toHaveText('Copy diagnostics');
    await saveScreenshot('popup-post-drift-en', popup.page);
    await popup.langToggle.click();
  });
});
