import { expect, test } from './fixtures.ts';

/** Issue 17 fault 9: the post card in the popup, as a house hunter reads it. */
test.describe('the post card', () => {
  test('photos that do not load leave no broken box; elevator, parking and storage are said', async ({
    page,
    openPopup,
  }) => {
    // The browser tests reach no image server, as when divar's CDN does not load.
    await page.goto('https://divar.ir/v/-/gammaxvi');
    const popup = await openPopup(page);
    const card = popup.page.getByTestId('post-details');
    await expect(card).toBeVisible();
    await expect(card.getByTestId('images-missing')).toBeVisible();
    await expect(card.getByTestId('images-missing')).toContainText('عکس‌های این آگهی باز نشد');
    const broken = await card
      .locator('img')
      .evaluateAll(
        (images) => images.filter((img) => !(img as HTMLImageElement).naturalWidth).length,
      );
    expect(broken).toBe(0);
    await expect(card.getByTestId('detail-amenities')).toHaveText(/آسانسور (دارد|ندارد)/);
    await expect(card.getByTestId('detail-amenities')).toHaveText(/پارکینگ (دارد|ندارد)/);
    await expect(card.getByTestId('detail-amenities')).toHaveText(/انباری (دارد|ندارد)/);
  });

  test('an error says its technical detail under a toggle with words, not a bare «…»', async ({
    page,
    openPopup,
  }) => {
    await page.goto('https://divar.ir/v/-/zzzzzzzz');
    const popup = await openPopup(page);
    const error = popup.page.getByTestId('error');
    await expect(error).toBeVisible();
    const toggle = error.getByTestId('tech-detail').locator('summary');
    await expect(toggle).toHaveText('جزئیات فنی');
    await expect(error.getByTestId('tech-detail').locator('code')).not.toBeVisible();
  });
});
