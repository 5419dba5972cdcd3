import { expect, test } from './fixtures.ts';

declare const chrome: { storage: { session: { remove(key: string): Promise<void> } } };

const SEARCH_PAGES = [
  'https://divar.ir/s/tehran/buy-apartment?size=40-140&elevator=true',
  'https://divar.ir/s/tehran/rent-residential/almahdi?districts=920%2C82&rent=20000000-60000000',
  'https://divar.ir/s/mashhad/jobs',
  'https://divar.ir/s/isfahan/buy-apartment?rooms=%D8%AF%D9%88&price=-40000000000',
  'https://divar.ir/s/karaj/rent-apartment?credit=-350000000&parking=true',
];

test.describe('the search request of a page', () => {
  for (const url of SEARCH_PAGES) {
    test(`agrees with divar's own page state: ${new URL(url).pathname}`, async ({
      page,
      openPopup,
    }) => {
      await page.goto(url);
      const popup = await openPopup(page);
      await expect(popup.page.getByTestId('cross-check')).toHaveAttribute('data-status', 'agrees');
      await popup.openDeveloper();
      await expect(popup.page.getByTestId('copy-curl')).toBeVisible();
    });
  }

  test('says so when the page differs from the URL, lists the fields, and sends the page’s', async ({
    page,
    openPopup,
    replica,
    saveScreenshot,
  }) => {
    replica.faults.set({
      pageStateOverride: {
        formData: {
          category: { str: { value: 'apartment-sell' } },
          size: { number_range: { minimum: '50', maximum: '90' } },
        },
      },
    });
    await page.goto('https://divar.ir/s/tehran/buy-apartment?size=40-90');
    const popup = await openPopup(page);
    const check = popup.page.getByTestId('cross-check');
    await expect(check).toHaveAttribute('data-status', 'differs');
    await expect(check).toContainText('فیلترهای این صفحه با لینک آن فرق دارد');
    await expect(popup.page.locator('[data-testid=diff-row]')).toHaveCount(1);
    await expect(popup.page.locator('[data-testid=diff-row][data-field=size]')).toContainText(
      'از ۴۰ تا ۹۰',
    );
    await popup.openDeveloper();
    await popup.page.getByText('نمایش متن درخواست (JSON)').click();
    // The body renders once the fold opens: wait for it rather than racing the click.
    await expect(popup.page.getByTestId('search-body')).toContainText('city_ids');
    const body = JSON.parse((await popup.page.getByTestId('search-body').textContent()) ?? '{}');
    expect(body.search_data.form_data.data.size.number_range.minimum).toBe('50');
    await saveScreenshot('popup-search-differs', popup.page);
  });

  test('after in-page navigation the stale page state is not used, and the popup says so', async ({
    page,
    openPopup,
  }) => {
    await page.goto('https://divar.ir/');
    await page.locator('a[href^="/s/"]').first().click();
    await expect(page).toHaveURL(/\/s\//);
    const popup = await openPopup(page);
    const check = popup.page.getByTestId('cross-check');
    await expect(check).toHaveAttribute('data-status', 'none');
    await expect(check).toHaveAttribute('data-reason', 'navigated');
    await expect(check).toContainText('بدون بارگذاری دوباره');
  });

  test('a first load with no readable page state says what happened, not "navigation"', async ({
    page,
    openPopup,
    serviceWorker,
    tabIdOf,
  }) => {
    // A search page as divar might one day send it: no state the extension can read.
    await page.route('https://divar.ir/s/**', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="fa" dir="rtl"><body><h1>آپارتمان</h1></body></html>',
      }),
    );
    await page.goto('https://divar.ir/s/tehran/buy-apartment');
    const popup = await openPopup(page);
    const check = popup.page.getByTestId('cross-check');
    await expect(check).toHaveAttribute('data-reason', 'not-found');
    await expect(check).not.toContainText('بارگذاری دوباره');
    await expect(check).toContainText('پیدا نشد');
    // The background forgot the tab (its session storage cleared): it asks the page again, and
    // the page says the same (a tab with no content script to ask says "not-reported": unit tests).
    const tabId = await tabIdOf(page);
    await serviceWorker.evaluate((id) => chrome.storage.session.remove(`tabPage:v2:${id}`), tabId);
    const again = await openPopup(page);
    await expect(again.page.getByTestId('cross-check')).toHaveAttribute('data-reason', 'not-found');
  });

  test('the body the popup copies is the one the replica accepts', async ({
    page,
    openPopup,
    serviceWorker,
  }) => {
    await page.goto(SEARCH_PAGES[0] ?? '');
    const popup = await openPopup(page);
    await popup.openDeveloper();
    await popup.page.getByText('نمایش متن درخواست (JSON)').click();
    await expect(popup.page.getByTestId('search-body')).toContainText('city_ids');
    const text = (await popup.page.getByTestId('search-body').textContent()) ?? '';
    const answer = await serviceWorker.evaluate(async (body) => {
      const response = await fetch('https://api.divar.ir/v8/postlist/w/search', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const json = await response.json();
      return { status: response.status, rows: json.list_widgets?.length ?? 0 };
    }, text);
    expect(answer.status).toBe(200);
    expect(answer.rows).toBeGreaterThan(0);
  });
});
