import { expect, test } from './fixtures.ts';
import { ResultsPage } from './pages/results-page.ts';
import { ClosedShadow } from './support/closed-shadow.ts';
import { crawlDone, fastPace } from './support/jobs.ts';

declare const chrome: {
  tabs: { create(options: object): Promise<{ id?: number }> };
  storage: { sync: { set(items: object): Promise<void> } };
};

const SEARCH = 'https://divar.ir/s/shiraz/buy-villa';
const TOOLBAR = 'divar-actions-toolbar';

/** WCAG's contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r = 0, g = 0, bl = 0] = (rgb.match(/\d+/g) ?? []).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The keyboard walk of the accessibility review, each finding guarded. */
test.describe('keyboard and screen readers', () => {
  test('Fetch all from the keyboard leaves focus on the job status, which is a live region with a named bar', async ({
    page,
    openPopup,
    serviceWorker,
    stopServiceWorker,
  }) => {
    await fastPace(serviceWorker, stopServiceWorker);
    await page.goto(SEARCH);
    const popup = await openPopup(page);
    await popup.page.getByTestId('fetch-all').focus();
    await popup.page.keyboard.press('Enter');
    await expect(popup.page.getByTestId('job-line')).toBeFocused();
    await expect(popup.page.getByTestId('job').getByRole('status')).toHaveCount(1);
    await expect(
      popup.page.getByTestId('job').getByRole('progressbar', { name: /دریافت|تمام شد/ }),
    ).toBeVisible();
  });

  test('"copied" and the paste box are announced; a bad link marks the field invalid', async ({
    context,
    page,
    openPopup,
    serviceWorker,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('https://divar.ir/v/-/gammaxvi');
    const post = await openPopup(page);
    await post.copyToken.focus();
    await post.page.keyboard.press('Enter');
    await expect(post.page.getByTestId('copy-token-said')).toHaveText('کپی شد');
    await expect(post.page.getByTestId('copy-token-said')).toHaveAttribute('role', 'status');

    const blankTab = await serviceWorker.evaluate(
      async () => (await chrome.tabs.create({ url: 'about:blank' })).id,
    );
    const popup = await openPopup(blankTab ?? -1);
    await expect(popup.urlResult).toHaveAttribute('aria-live', 'polite');
    await popup.urlInput.fill('https://example.com/v/gammaxvi');
    await expect(popup.urlInput).toHaveAttribute('aria-invalid', 'true');
    await expect(popup.urlInput).toHaveAttribute('aria-describedby', 'url-error');
    await expect(popup.page.locator('#url-error')).toHaveAttribute('role', 'alert');
    await popup.urlInput.fill('https://divar.ir/v/-/gammaxvi');
    await expect(popup.urlInput).toHaveAttribute('aria-invalid', 'false');
  });

  test('the focus ring on the red header stands out (3:1 at least)', async ({
    page,
    openPopup,
  }) => {
    await page.goto(SEARCH);
    const popup = await openPopup(page);
    await popup.page.keyboard.press('Tab');
    await expect(popup.langToggle).toBeFocused();
    const [ring, header] = await popup.langToggle.evaluate((el) => [
      getComputedStyle(el).outlineColor,
      getComputedStyle(el.closest('header') as Element).backgroundColor,
    ]);
    expect(contrast(ring, header)).toBeGreaterThanOrEqual(3);
  });

  test('the results page: a skip link first, one Tab stop per row, spacer rows hidden, a spaced title', async ({
    context,
    extensionId,
    sendMessage,
    serviceWorker,
    stopServiceWorker,
  }) => {
    await fastPace(serviceWorker, stopServiceWorker);
    const jobId = await crawlDone(sendMessage, SEARCH);
    const results = await ResultsPage.open(context, extensionId, jobId);
    await expect(results.root).toHaveAttribute('data-state', 'ready');
    await results.page.keyboard.press('Tab');
    const skip = results.page.getByTestId('skip-to-table');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await results.page.keyboard.press('Enter');
    await expect(results.table).toBeFocused();
    await results.page.getByTestId('column-chooser').locator('summary').click();
    await results.page.getByTestId('column-url').check(); // a link column too: still one stop
    const stops = await results.rows.evaluateAll((rows) =>
      rows.map((row) => row.querySelectorAll('a:not([tabindex="-1"]), button').length),
    );
    expect(new Set(stops)).toEqual(new Set([1]));
    await results.table.evaluate((el) => el.scrollTo(0, 2000));
    await expect(results.table.locator('tr.vtable__spacer').first()).toHaveAttribute(
      'aria-hidden',
      'true',
    );
    await expect(results.page.locator('h1')).toHaveText(/^نتیجه‌های جستجو فروش/);
  });

  test('the page toolbar is one Tab stop, arrows move inside it, its name follows the UI language', async ({
    page,
    serviceWorker,
  }) => {
    await page.goto(SEARCH);
    const shadow = await ClosedShadow.of(page);
    await expect.poll(() => shadow.text(TOOLBAR, 'button[data-action=fetch-all]')).not.toBe('');
    expect(await shadow.attribute(TOOLBAR, '.bar', 'aria-label')).toBe('کنش‌های دیوار');
    expect(await shadow.attribute(TOOLBAR, '.bar', 'lang')).toBe('fa');
    const inToolbar = () =>
      page.evaluate(() => document.activeElement?.tagName === 'DIVAR-ACTIONS-TOOLBAR');
    for (let i = 0; i < 80 && !(await inToolbar()); i++) await page.keyboard.press('Tab');
    expect(await inToolbar()).toBe(true);
    expect(await shadow.focusedAction(TOOLBAR)).toBe('fetch-all');
    // Right to left: the left arrow goes on to the next button, the right one comes back.
    await page.keyboard.press('ArrowLeft');
    expect(await shadow.focusedAction(TOOLBAR)).toBe('watch');
    await page.keyboard.press('End');
    expect(await shadow.focusedAction(TOOLBAR)).toBe('copy-curl');
    await page.keyboard.press('ArrowRight');
    expect(await shadow.focusedAction(TOOLBAR)).toBe('export');
    // One Tab stop: Tab leaves the toolbar, Shift+Tab comes back to the same button.
    await page.keyboard.press('Tab');
    expect(await inToolbar()).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await shadow.focusedAction(TOOLBAR)).toBe('export');

    // With the UI in English the toolbar speaks English, whatever the page's language.
    await serviceWorker.evaluate(() => chrome.storage.sync.set({ 'lang:v1': 'en' }));
    await page.reload();
    const english = await ClosedShadow.of(page);
    await expect
      .poll(() => english.text(TOOLBAR, 'button[data-action=fetch-all]'))
      .toBe('Fetch all');
    expect(await english.attribute(TOOLBAR, '.bar', 'aria-label')).toBe('Divar Actions');
    expect(await english.attribute(TOOLBAR, '.bar', 'lang')).toBe('en');
  });
});
