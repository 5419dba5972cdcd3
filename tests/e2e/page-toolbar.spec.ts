import { expect, test } from './fixtures.ts';
import { ClosedShadow } from './support/closed-shadow.ts';
import { firstJobDone } from './support/jobs.ts';

const TOOLBAR = 'divar-actions-toolbar';
const button = (action: string) => `button[data-action=${action}]`;

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
    await expect(page.locator(TOOLBAR)).toHaveCount(1);
    const shadow = await ClosedShadow.of(page);
    await expect.poll(() => shadow.text(TOOLBAR, button('fetch-all'))).toBe('دریافت همه');
    // The page as a user sees it once it idles: the toolbar, then the cards' badges.
    const badges = () => shadow.texts('article.unsafe-kt-post-card divar-actions-badge', '.badge');
    await expect.poll(async () => (await badges())[0]).toContain('میلیون هر متر');
    await saveScreenshot('page-toolbar', page);
    await shadow.click(TOOLBAR, button('fetch-all'));
    await expect.poll(() => shadow.text(TOOLBAR, '.status')).toContain('✓');
    const jobs = await sendMessage<Envelope<{ url: string }[]>>({ type: 'listJobs' });
    expect(jobs.data.map((j) => j.url)).toContain('https://divar.ir/s/tehran/buy-villa');
    // In-page navigation to a post: still one toolbar, now with the post's button.
    await page.locator('a.unsafe-kt-post-card__action').first().click();
    await expect(page).toHaveURL(/\/v\//);
    await expect.poll(() => shadow.text(TOOLBAR, button('copy-token'))).not.toBe('');
    await expect(page.locator(TOOLBAR)).toHaveCount(1);
    expect(await shadow.text(TOOLBAR, button('fetch-all'))).toBe('');
  });

  test('result cards get a price-per-metre badge compared with the median', async ({ page }) => {
    await page.goto('https://divar.ir/s/tehran/buy-villa');
    const shadow = await ClosedShadow.of(page);
    const badges = () => shadow.texts('article.unsafe-kt-post-card divar-actions-badge', '.badge');
    await expect
      .poll(async () => (await badges())[0], { timeout: 5000 })
      .toContain('میلیون هر متر');
    expect(
      (await badges()).filter((text) => text.includes('میلیون هر متر')).length,
    ).toBeGreaterThan(5);
    await expect(
      page.locator('article.unsafe-kt-post-card').first().locator('divar-actions-badge'),
    ).toHaveCount(1);
  });

  test('badges compare only within one category and city, never a placeholder price, with «٪»', async ({
    page,
    replica,
  }) => {
    // A villa "for 1,000 toman" (call me) among villas of billions.
    const placeholder = replica.mutate.addListing({
      category: 'house-villa-sell',
      cityId: 1,
      price: 1000,
    });
    await page.goto('https://divar.ir/s/tehran/buy-villa');
    const shadow = await ClosedShadow.of(page);
    const badges = () => shadow.texts('article.unsafe-kt-post-card divar-actions-badge', '.badge');
    await expect.poll(async () => (await badges()).join('\n')).toContain('میانه');
    const texts = await badges();
    expect(
      texts.filter((t) => /^[۰-۹]+٪ (ارزان‌تر|گران‌تر) از میانه$|، [۰-۹]+٪ /.test(t)).length,
    ).toBeGreaterThan(3);
    expect(texts.join('\n')).not.toContain('%');
    const cheap = `article.unsafe-kt-post-card[data-token="${placeholder.token}"] divar-actions-badge`;
    await expect.poll(() => shadow.text(cheap, '.badge')).not.toContain('میانه');
    // Every category at once (jobs, books, birds…): nothing is compared with anything.
    await page.goto('https://divar.ir/s/tehran');
    const mixed = await ClosedShadow.of(page);
    await expect
      .poll(async () => (await mixed.texts('divar-actions-badge', '.badge')).length)
      .toBeGreaterThan(5);
    await page.waitForTimeout(2000); // a badge refresh or two
    expect((await mixed.texts('divar-actions-badge', '.badge')).join('\n')).not.toContain('میانه');
    replica.mutate.reset();
  });

  test('"Results & export" opens the results of this search once fetched, and says so before', async ({
    context,
    page,
    sendMessage,
  }) => {
    await page.goto('https://divar.ir/s/shiraz/buy-villa');
    await expect(page.locator(TOOLBAR)).toHaveCount(1);
    const shadow = await ClosedShadow.of(page);
    await shadow.click(TOOLBAR, button('export'));
    await expect.poll(() => shadow.text(TOOLBAR, '.status')).toContain('Fetch all first');
    await shadow.click(TOOLBAR, button('fetch-all'));
    await firstJobDone(sendMessage);
    const opened = context.waitForEvent('page');
    await shadow.click(TOOLBAR, button('export'));
    await expect(await opened).toHaveURL(/results\.html\?job=/);
  });

  test('"Watch" on a search page saves it as a watched search', async ({ page, sendMessage }) => {
    await page.goto('https://divar.ir/s/tehran/buy-villa');
    await expect(page.locator(TOOLBAR)).toHaveCount(1);
    const shadow = await ClosedShadow.of(page);
    await shadow.click(TOOLBAR, button('watch'));
    await expect.poll(() => shadow.text(TOOLBAR, '.status')).toContain('✓');
    const list = await sendMessage<Envelope<unknown>>({ type: 'listWatches' });
    expect(JSON.stringify(list.data)).toContain('https://divar.ir/s/tehran/buy-villa');
  });

  test('"Copy token" on a post page puts the token on the clipboard', async ({ context, page }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://divar.ir',
    });
    await page.goto('https://divar.ir/v/-/gammaxvi');
    await expect(page.locator(TOOLBAR)).toHaveCount(1);
    await (await ClosedShadow.of(page)).click(TOOLBAR, button('copy-token'));
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
    await expect(page.locator(TOOLBAR)).toHaveCount(1);
    await (await ClosedShadow.of(page)).click(TOOLBAR, button('copy-json'));
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
    await expect(page.locator(TOOLBAR)).toHaveCount(1);
    await (await ClosedShadow.of(page)).click(TOOLBAR, button('copy-curl'));
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain('"size":{"number_range":{"minimum":"40","maximum":"90"');
  });
});
