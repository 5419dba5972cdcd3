import { expect, test } from './fixtures.ts';
import { fastPace } from './support/jobs.ts';

const SEARCH = 'https://divar.ir/s/shiraz/computer-and-it';

/** Issue 17 fault 12: "details of all listings" says how many were read, removed or failed. */
test('details of all listings show read, removed and failed apart, and list the removed posts', async ({
  page,
  openPopup,
  replica,
  serviceWorker,
  stopServiceWorker,
  saveScreenshot,
}) => {
  test.setTimeout(90_000);
  await fastPace(serviceWorker, stopServiceWorker);
  // Three job ads that divar removes between the crawl and the details (their posts answer 404).
  const gone = [1, 2, 3].map((n) =>
    replica.mutate.addListing({
      category: 'computer-and-it',
      cityId: 6,
      title: `استخدام برنامه‌نویس ${n}`,
    }),
  );
  await page.goto(SEARCH);
  const popup = await openPopup(page);
  await popup.page.getByTestId('fetch-all').click();
  const job = popup.page.getByTestId('job');
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const total = Number(await job.getAttribute('data-listings'));
  replica.mutate.reset();

  await popup.page.getByTestId('fetch-details').click();
  const details = popup.page.getByTestId('job-details');
  await expect(details).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(details).toHaveAttribute('data-removed', '3');
  await expect(details).toHaveAttribute('data-failed', '0');
  const counts = details.getByTestId('details-counts');
  await expect(counts).toContainText(`${(total - 3).toLocaleString('fa-IR')} آگهی خوانده شد`);
  await expect(counts).toContainText('۳ آگهی دیگر در دیوار نیست');
  const removed = details.getByTestId('details-removed');
  await removed.locator('summary').click();
  await expect(removed.locator('li')).toHaveCount(3);
  for (const post of gone) {
    await expect(removed.locator(`li[data-token="${post.token}"] a`)).toHaveAttribute(
      'href',
      `https://divar.ir/v/${post.token}`,
    );
  }
  await saveScreenshot('popup-details-removed', popup.page);
});
