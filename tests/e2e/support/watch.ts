import { expect, type Worker } from '@playwright/test';
import type { Replica } from '../../replica/index.ts';

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
  await worker.evaluate(
    (watchId) =>
      (self as unknown as { divarActionsTest: WatchTestHooks }).divarActionsTest.fireWatchAlarm(
        watchId,
      ),
    id,
  );
  return id;
}
