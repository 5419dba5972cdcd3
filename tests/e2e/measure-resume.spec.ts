import type { Replica } from '../replica/index.ts';
import { expect, test } from './fixtures.ts';
import type { Envelope, JobRow } from './support/envelope.ts';

declare const chrome: { storage: { sync: { set(items: object): Promise<void> } } };

// The closing note's figure for self-resuming crawls (MEASURE_RESUME=1 npx playwright test
// tests/e2e/measure-resume.spec.ts): one crawl with no stop, the same crawl with 3 real worker
// stops and nothing else waking the worker; total time, ratio, longest gap between requests.
test.skip(!process.env.MEASURE_RESUME, 'a measurement, not a test: MEASURE_RESUME=1 to run it');

const SEARCH = 'https://divar.ir/s/tehran/mobile-phones';
const searchTimes = (replica: Replica) =>
  replica.log
    .entries()
    .filter((e) => e.path.includes('/postlist/w/search') && e.status === 200)
    .map((e) => Date.parse(e.time));

test('crawl time with 3 worker stops against none', async ({
  replica,
  serviceWorker,
  sendMessage,
  stopServiceWorker,
}) => {
  test.setTimeout(600_000);
  await serviceWorker.evaluate(() =>
    chrome.storage.sync.set({ 'politeness:v1': { ratePerSecond: 4, dailyContacts: 10 } }),
  );
  await stopServiceWorker();
  replica.faults.set({ latencyMs: 300 });
  const run = async (stops: number[]) => {
    replica.log.clear();
    const started = await sendMessage<Envelope<JobRow>>({ type: 'startCrawl', url: SEARCH });
    const begun = Date.now();
    for (const page of stops) {
      await expect
        .poll(() => searchTimes(replica).length, { timeout: 60_000 })
        .toBeGreaterThanOrEqual(page);
      await stopServiceWorker();
    }
    // Finished when no request came for 35 s (longer than a heartbeat).
    await expect
      .poll(() => Date.now() - (searchTimes(replica).at(-1) ?? Date.now()), {
        timeout: 300_000,
        intervals: [500],
      })
      .toBeGreaterThan(35_000);
    const times = searchTimes(replica);
    const jobs = await sendMessage<Envelope<JobRow[]>>({ type: 'listJobs' });
    const job = jobs.data.find((j) => j.id === started.data.id);
    const gap = times.slice(1).reduce((max, at, i) => Math.max(max, at - (times[i] ?? at)), 0);
    return { ms: (times.at(-1) ?? begun) - begun, pages: times.length, gap, job };
  };
  const plain = await run([]);
  const stopped = await run([2, 6, 10]);
  console.log(
    `measure-resume: no stops ${plain.pages} pages in ${plain.ms} ms (longest gap ${plain.gap} ms); ` +
      `3 stops ${stopped.pages} pages in ${stopped.ms} ms (longest gap ${stopped.gap} ms); ` +
      `ratio ${(stopped.ms / plain.ms).toFixed(2)}; listings ${plain.job?.progress.listings} / ${stopped.job?.progress.listings}, ` +
      `status ${plain.job?.status} / ${stopped.job?.status}`,
  );
  expect(stopped.job?.progress.listings).toBe(plain.job?.progress.listings);
});
