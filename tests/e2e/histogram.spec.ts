import { expect, test } from './fixtures.ts';
import { ResultsPage } from './pages/results-page.ts';
import { crawlDone, fastPace } from './support/jobs.ts';

/** Issue 17 fault 7: far outliers are a labelled bar of their own, and a log scale shows all. */
test('the price histogram folds far outliers into a labelled bar and switches to a log scale', async ({
  context,
  extensionId,
  replica,
  sendMessage,
  serviceWorker,
  stopServiceWorker,
  saveScreenshot,
}) => {
  test.setTimeout(60_000);
  await fastPace(serviceWorker, stopServiceWorker);
  // One villa at 1,600 billion toman among villas of 8 to 160 billion.
  replica.mutate.addListing({ category: 'house-villa-sell', cityId: 1, price: 1_600_000_000_000 });
  const jobId = await crawlDone(sendMessage, 'https://divar.ir/s/tehran/buy-villa');
  replica.mutate.reset();
  const results = await ResultsPage.open(context, extensionId, jobId);
  await expect(results.root).toHaveAttribute('data-state', 'ready');
  const histogram = results.histogram;
  await expect(histogram.getByTestId('histogram-outliers')).toHaveText(
    /^بیش از [۰-۹٫]+\s?میلیارد: ۱ آگهی$/,
  );
  await expect(histogram.getByTestId('histogram-above-bar')).toHaveCount(1);
  // The axis reads in Persian order: the number, then its word («۷٫۸ میلیارد», not reversed).
  const ends = await histogram.locator('[data-testid=histogram-axis] bdi').allInnerTexts();
  for (const end of ends) expect(end).toMatch(/^[۰-۹٫]+\s(هزار|میلیون|میلیارد|تریلیون)$/);
  const axisEnd = await histogram
    .locator('[data-testid=histogram-axis] bdi')
    .last()
    .evaluate((el) => {
      const text = el.getBoundingClientRect();
      const bars = el.closest('figure')?.querySelector('[data-testid=histogram-above-bar]');
      return text.right <= (bars?.getBoundingClientRect().left ?? 0) + 1;
    });
  expect(axisEnd).toBe(true);
  await saveScreenshot('results-histogram', histogram);

  await histogram.getByTestId('histogram-log').check();
  await expect(histogram).toHaveAttribute('data-scale', 'log');
  await expect(histogram.getByTestId('histogram-outliers')).toHaveCount(0);
  await expect(histogram.getByTestId('histogram-above-bar')).toHaveCount(0);
  await expect(histogram.locator('[data-testid=histogram-axis] bdi').last()).toHaveText(
    /^۱٫۶\sتریلیون$/,
  );
});
