import { expect, test } from './fixtures.ts';

interface Envelope<T = unknown> {
  ok: boolean;
  data: T;
}

test.describe('buttons injected into divar.ir pages', () => {
  test('a search page gets one toolbar that starts a fetch and follows in-page navigation', async ({
    page,
    sendMessage,
    saveScreenshot,
  }) => {
    await page.goto('https://divar.ir/s/tehran/buy-villa');
    const toolbar = page.locator('divar-actions-toolbar');
    await expect(toolbar).toHaveCount(1);
    await expect(toolbar.locator('button[data-action=fetch-all]')).toHaveText('دریافت همه');
    await saveScreenshot('page-toolbar', page);
    await toolbar.locator('button[data-action=fetch-all]').click();
    await expect(toolbar.locator('.status')).toContainText('✓');
    const jobs = await sendMessage<Envelope<{ url: string }[]>>({ type: 'listJobs' });
    expect(jobs.data.map((j) => j.url)).toContain('https://divar.ir/s/tehran/buy-villa');
    // In-page navigation to a post: still one toolbar, now with the post's button.
    await page.locator('a.unsafe-kt-post-card__action').first().click();
    await expect(page).toHaveURL(/\/v\//);
    await expect(toolbar.locator('button[data-action=copy-token]')).toBeVisible();
    await expect(page.locator('divar-actions-toolbar')).toHaveCount(1);
    await expect(toolbar.locator('button[data-action=fetch-all]')).toHaveCount(0);
  });

  test('result cards get a price-per-metre badge compared with the median', async ({ page }) => {
    await page.goto('https://divar.ir/s/tehran/buy-villa');
    const badges = page.locator('article.unsafe-kt-post-card divar-actions-badge');
    await expect(badges.first()).toContainText('میلیون/متر', { timeout: 5000 });
    expect(await badges.count()).toBeGreaterThan(5);
    await expect(
      page.locator('article.unsafe-kt-post-card').first().locator('divar-actions-badge'),
    ).toHaveCount(1);
  });

  test('"Results & export" opens the results of this search once fetched, and says so before', async ({
    context,
    page,
    sendMessage,
  }) => {
    await page.goto('https://divar.ir/s/shiraz/buy-villa');
    const toolbar = page.locator('divar-actions-toolbar');
    await toolbar.locator('button[data-action=export]').click();
    await expect(toolbar.locator('.status')).toContainText('Fetch all first');
    await toolbar.locator('button[data-action=fetch-all]').click();
    await expect
      .poll(
        async () =>
          (await sendMessage<Envelope<{ status: string }[]>>({ type: 'listJobs' })).data[0]?.status,
        {
          timeout: 30_000,
        },
      )
      .toBe('done');
    const opened = context.waitForEvent('page');
    await toolbar.locator('button[data-action=export]').click();
    await expect(await opened).toHaveURL(/results\.html\?job=/);
  });

  test('"Watch" on a search page saves it as a watched search', async ({ page, sendMessage }) => {
    await page.goto('https://divar.ir/s/tehran/buy-villa');
    await page.locator('divar-actions-toolbar button[data-action=watch]').click();
    await expect(page.locator('divar-actions-toolbar .status')).toContainText('✓');
    const list = await sendMessage<Envelope<unknown>>({ type: 'listWatches' });
    expect(JSON.stringify(list.data)).toContain('https://divar.ir/s/tehran/buy-villa');
  });

  test('"Copy token" on a post page puts the token on the clipboard', async ({ context, page }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://divar.ir',
    });
    await page.goto('https://divar.ir/v/-/gammaxvi');
    await page.locator('divar-actions-toolbar button[data-action=copy-token]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('gammaxvi');
  });

  test('"Details as JSON" on a post page copies the normalised listing', async ({
    context,
    page,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://divar.ir',
    });
    await page.goto('https://divar.ir/v/-/gammaxvi');
    await page.locator('divar-actions-toolbar button[data-action=copy-json]').click();
    await expect
      .poll(
        async () =>
          JSON.parse((await page.evaluate(() => navigator.clipboard.readText())) || '{}').price,
      )
      .toBe(20500000000);
  });

  test('"Copy cURL" on a search page copies the request the page stands for', async ({
    context,
    page,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://divar.ir',
    });
    await page.goto('https://divar.ir/s/tehran/buy-apartment?size=40-90');
    await page.locator('divar-actions-toolbar button[data-action=copy-curl]').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain('"size":{"number_range":{"minimum":"40","maximum":"90"');
  });
});
