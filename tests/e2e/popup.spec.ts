import { expect, test } from './fixtures.ts';

/** The popup, opened as popup.html?tab=<id>, describes the divar.ir page in that tab. */
test.describe('popup', () => {
  test('describes a search page (and saves the README screenshot)', async ({
    page,
    openPopup,
    saveScreenshot,
  }) => {
    await page.goto('https://divar.ir/s/tehran/buy-apartment');
    const popup = await openPopup(page);
    await expect(popup.pageKind).toHaveAttribute('data-kind', 'search');
    await expect(popup.searchCity).not.toBeEmpty();
    await expect(popup.searchCategory).not.toBeEmpty();
    await saveScreenshot('popup-search', popup.page);
  });

  test('describes a post page with its token', async ({ page, openPopup, saveScreenshot }) => {
    await page.goto('https://divar.ir/v/-/gammaxvi');
    const popup = await openPopup(page);
    await expect(popup.pageKind).toHaveAttribute('data-kind', 'post');
    await expect(popup.postToken).toHaveText('gammaxvi');
    // The README shows the post as read, not the moment before ("checking the page…").
    await expect(popup.page.getByTestId('detail-price')).toBeVisible();
    await saveScreenshot('popup-post', popup.page);
  });

  test('speaks English when asked, left to right (README screenshots)', async ({
    page,
    openPopup,
    saveScreenshot,
  }) => {
    await page.goto('https://divar.ir/s/tehran/buy-apartment?size=40-90');
    const popup = await openPopup(page);
    await popup.langToggle.click();
    await expect(popup.page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(popup.pageKind).toHaveText('Search page');
    await saveScreenshot('popup-search-en', popup.page);
    await page.goto('https://divar.ir/v/-/gammaxvi');
    const post = await openPopup(page);
    await expect(post.page.getByTestId('detail-price')).toHaveText('20,500,000,000 toman');
    await saveScreenshot('popup-post-en', post.page);
    await post.langToggle.click(); // back to Persian for the other tests' screenshots
  });

  test('calls the home page "other"', async ({ page, openPopup }) => {
    await page.goto('https://divar.ir/');
    const popup = await openPopup(page);
    await expect(popup.pageKind).toHaveAttribute('data-kind', 'other');
  });
});
