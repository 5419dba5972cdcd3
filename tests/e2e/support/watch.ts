import { expect, type Worker } from '@playwright/test';
import type { Replica } from '../../replica/index.ts';
import { crawlDone, fastPace } from './jobs.ts';

type Send = <T>(message: unknown) => Promise<T>;

interface WatchTestHooks {
  fireWatchAlarm(id: string): Promise<{ kind: string } | undefined>;
}

/**
 * Watches `url`, waits for its first (baseline) check, then adds a listing to the replica and
 * fires the watch's alarm, so the watch has one new hit; returns the watch's id.
 */
export async function watchWithHit(
  sendMessage: Send,
  worker: Worker,
  replica: Replica,
  url: string,
): Promise<string> {
  const added = await sendMessage<{ data: { id: string } }>({ type: 'watchSearch', url });
  const id = added.data.id;
  const baseline = async () =>
    (
      await sendMessage<{ data: { searches: { id: string; hasBaseline: boolean }[] } }>({
        type: 'listWatches',
      })
    ).data.searches.find((w) => w.id === id)?.hasBaseline;
  await expect.poll(baseline, { timeout: 15_000 }).toBe(true);
  replica.mutate.addListing({ category: 'apartment-sell', cityId: 1, price: 9_500_000_000 });
  await fireWatchAlarm(worker, id);
  return id;
}

/** Runs the check of watch `id` now, as its alarm would (through the e2e build's test hook). */
export function fireWatchAlarm(worker: Worker, id: string) {
  return worker.evaluate(
    (watchId) =>
      (self as unknown as { divarActionsTest: WatchTestHooks }).divarActionsTest.fireWatchAlarm(
        watchId,
      ),
    id,
  );
}

/** The fixtures `crawlAndWatch` uses. */
export interface CrawlAndWatchFixtures {
  sendMessage: Send;
  serviceWorker: Worker;
  stopServiceWorker: () => Promise<void>;
  replica: Replica;
}

/**
 * Every surface with something in it: a finished crawl of `search` (at the tests' pace) and a
 * watch of `watched` with one new hit; returns the job's and the watch's ids.
 */
export async function crawlAndWatch(
  fixtures: CrawlAndWatchFixtures,
  search = 'https://divar.ir/s/tehran/buy-villa',
  watched = 'https://divar.ir/s/tehran/buy-apartment',
): Promise<{ jobId: string; watchId: string }> {
  const { sendMessage, serviceWorker, stopServiceWorker, replica } = fixtures;
  await fastPace(serviceWorker, stopServiceWorker);
  const jobId = await crawlDone(sendMessage, search);
  const watchId = await watchWithHit(sendMessage, serviceWorker, replica, watched);
  return { jobId, watchId };
}
