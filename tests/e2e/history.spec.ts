import { expect, test } from './fixtures.ts';
import { ResultsPage } from './pages/results-page.ts';
import { expectAccessible } from './support/axe.ts';
import { ClosedShadow } from './support/closed-shadow.ts';
import { crawlDone, fastPace } from './support/jobs.ts';
import { openExtensionPage } from './support/surfaces.ts';

declare const chrome: { storage: { sync: { set(items: object): Promise<void> } } };

interface Envelope<T> {
  ok: boolean;
  data: T;
}
type Listings = Envelope<{ listings: { token: string; price?: number }[] }>;

const VILLAS = 'https://divar.ir/s/tehran/buy-villa';
const card = (token: string) =>
  `article.unsafe-kt-post-card[data-token="${token}"] divar-actions-badge`;

/** Issue 18.1 and 18.2: divar's own pages, browsed, remember each listing and tell its history. */
test('browsing divar records its cards; a price change shows on the card and the post', async ({
  page,
  replica,
  sendMessage,
  serviceWorker,
  saveScreenshot,
}) => {
  test.setTimeout(60_000);
  // Two search pages and a post, with passive recording on (the default).
  await page.goto('https://divar.ir/s/tehran/buy-apartment');
  const status = () =>
    sendMessage<Envelope<{ tokens: number; passive: boolean }>>({ type: 'historyStatus' });
  await expect.poll(async () => (await status()).data.tokens).toBeGreaterThan(10);
  const afterFirst = (await status()).data.tokens;
  await page.goto(VILLAS);
  await expect.poll(async () => (await status()).data.tokens).toBeGreaterThan(afterFirst);
  expect((await status()).data.passive).toBe(true);
  const token = await page
    .locator('article.unsafe-kt-post-card')
    .evaluateAll((cards) =>
      cards
        .find((c) => /تومان/.test(c.textContent ?? '') && !/ودیعه/.test(c.textContent ?? ''))
        ?.getAttribute('data-token'),
    );
  if (!token) throw new Error('no priced villa card');
  await page.goto(`https://divar.ir/v/-/${token}`);
  const shadow = await ClosedShadow.of(page);
  const summary = () => shadow.text('divar-actions-history', '.summary');
  await expect
    .poll(summary)
    .toMatch(/^اولین بار دیده‌شده: [۰-۹]+ [آ-ی]+ [۰-۹]+، کمتر از یک روز در دیوار$/);
  expect(await shadow.text('divar-actions-history', 'li p')).toBe(
    'از اولین بار تا حالا قیمت تغییر نکرده است',
  );

  // divar lowers the price; browsing again (no fetch) notices it.
  const change = replica.mutate.setPrice(token, 1_000_000_000);
  const lowered = Math.round(((change.previousPrice ?? 0) * 0.9) / 1e6) * 1e6;
  replica.mutate.setPrice(token, lowered);
  await page.goto(VILLAS);
  const listShadow = await ClosedShadow.of(page);
  await expect
    .poll(() => listShadow.text(card(token), '.badge'), { timeout: 15_000 })
    .toMatch(/^↓ ۱۰٪ از [۰-۹]+ [آ-ی]+/);
  await saveScreenshot(
    'history-card-badge-fa',
    page.locator(`article.unsafe-kt-post-card[data-token="${token}"]`),
  );
  await page.goto(`https://divar.ir/v/-/${token}`);
  const post = await ClosedShadow.of(page);
  await expect
    .poll(() => post.text('divar-actions-history', 'li:last-child p'))
    .toMatch(/: از [۰-۹٬,]+ به [۰-۹٬,]+ تومان \(−۱۰٪\)/);
  expect(await post.attribute('divar-actions-history', 'polyline', 'points')).not.toBe('');
  await saveScreenshot('history-post-fa', page.locator('divar-actions-history'));

  // In English, the same card.
  await serviceWorker.evaluate(() => chrome.storage.sync.set({ 'lang:v1': 'en' }));
  await page.reload();
  const english = await ClosedShadow.of(page);
  await expect
    .poll(() => english.text('divar-actions-history', '.summary'))
    .toContain('First seen');
  expect(await english.text('divar-actions-history', 'li:last-child p')).toMatch(/\(−10%\)/);
  await saveScreenshot('history-post-en', page.locator('divar-actions-history'));
  replica.mutate.reset();
});

test('the options page turns passive recording off: a post browsed then is not recorded', async ({
  context,
  extensionId,
  page,
  saveScreenshot,
}) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const passive = options.getByTestId('history-passive');
  await expect(passive).toBeChecked();
  await passive.uncheck();
  await saveScreenshot('options-history-fa', options.getByTestId('history-settings'));
  await expectAccessible(options, 'options with the history card');
  await page.goto('https://divar.ir/v/-/gammaxvi');
  const shadow = await ClosedShadow.of(page);
  // The card is drawn from the background's answer, given after it decided not to record.
  await expect
    .poll(() => shadow.text('divar-actions-history', '.summary'))
    .toBe('هنوز سابقه‌ای از این آگهی ثبت نشده است');
  await options.reload();
  await expect(options.getByTestId('history-count')).toHaveText('۰ آگهی در سابقه');
  await options.getByTestId('history-passive').check();
  await page.reload();
  await expect
    .poll(() => shadow.text('divar-actions-history', '.summary'))
    .toContain('اولین بار دیده‌شده');
  await options.reload();
  await expect(options.getByTestId('history-count')).toHaveText('۱ آگهی در سابقه');
});

/** Issue 18.3: Fetch all again shows what was added, removed and re-priced since the last time. */
test('fetching a search again shows added, removed and price-changed listings', async ({
  context,
  extensionId,
  replica,
  sendMessage,
  serviceWorker,
  stopServiceWorker,
  saveScreenshot,
}) => {
  test.setTimeout(120_000);
  await fastPace(serviceWorker, stopServiceWorker);
  const gone = replica.mutate.addListing({ category: 'house-villa-sell', cityId: 1, price: 9e9 });
  const first = await crawlDone(sendMessage, VILLAS);
  const listed = await sendMessage<Listings>({
    type: 'jobListings',
    jobId: first,
    offset: 0,
    limit: 1000,
  });
  const priced = listed.data.listings.find((l) => l.price && l.token !== gone.token);
  if (!priced?.price) throw new Error('no priced villa');
  replica.mutate.reset(); // the added villa leaves divar
  // Its own token: the replica draws added listings from a seeded generator, reset by reset().
  const fresh = replica.mutate.addListing({
    category: 'house-villa-sell',
    cityId: 1,
    price: 8e9,
    token: 'gHstNew1',
  });
  replica.mutate.setPrice(priced.token, Math.round((priced.price * 0.92) / 1e6) * 1e6);
  const second = await crawlDone(sendMessage, VILLAS);
  replica.mutate.reset();

  const results = await ResultsPage.open(context, extensionId, second);
  await expect(results.root).toHaveAttribute('data-state', 'ready');
  const changes = results.page.getByTestId('changes');
  await expect(changes.getByTestId('changes-added')).toHaveText('تازه (۱)');
  await expect(changes.getByTestId('changes-removed')).toHaveText('حذف‌شده (۱)');
  await expect(changes.getByTestId('changes-changed')).toHaveText('تغییر قیمت (۱)');
  // The change column still leaves a sale search's table inside a 1280-pixel window.
  expect(await results.overflow()).toEqual({ box: 0, page: 0 });
  await saveScreenshot('results-changes-fa', results.page);
  await expectAccessible(results.page, 'results with changes');

  await changes.getByTestId('changes-added').click();
  await expect(results.rows).toHaveCount(1);
  await expect(results.rows.first()).toHaveAttribute('data-token', fresh.token);
  await changes.getByTestId('changes-removed').click();
  await expect(results.rows).toHaveCount(1);
  await expect(results.rows.first()).toHaveAttribute('data-token', gone.token);
  await changes.getByTestId('changes-changed').click();
  await expect(results.rows).toHaveCount(1);
  await expect(results.rows.first()).toHaveAttribute('data-token', priced.token);
  await expect(results.rows.first()).toContainText('(−۸٪)');
  await results.page.getByTestId('lang-toggle').click();
  await expect(results.rows.first()).toContainText('(−8%)');
  await expect(changes.getByTestId('changes-changed')).toHaveText('Price changed (1)');
  await saveScreenshot('results-changes-en', results.page);

  // The villa that left the re-crawl is marked removed in the history: its post page says so.
  await results.page.getByTestId('lang-toggle').click();
  const gonePage = await context.newPage();
  await gonePage.goto(`https://divar.ir/v/-/${gone.token}`);
  const shadow = await ClosedShadow.of(gonePage);
  await expect
    .poll(() => shadow.text('divar-actions-history', 'li:first-child p'))
    .toContain('این آگهی از دیوار حذف شده است');
  await saveScreenshot('history-post-removed-fa', gonePage.locator('divar-actions-history'));
});
