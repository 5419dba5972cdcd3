import type { HistoryStore } from './store';

/** `navigator.storage.estimate()` as the quota guard uses it (injected; a fake in tests). */
export type EstimateStorage = () => Promise<{ usage?: number; quota?: number }>;

/** Share of the browser's quota at which the user is warned. */
export const WARN_AT = 0.8;
/** Share of the quota at which the history prunes itself until it is under WARN_AT again. */
export const PRUNE_AT = 0.9;

/** How full the origin's storage is, as the options page shows it. */
export interface QuotaState {
  level: 'ok' | 'warn' | 'pruned';
  usage: number;
  quota: number;
  /** Listings (removed ones first) and observations dropped by the last pruning. */
  prunedListings?: number;
  trimmedListings?: number;
  at: number;
}

const PRUNE_BATCH = 500;

/**
 * Checks the quota after a write: near it, warns; nearer, prunes the removed listings removed
 * longest ago first, then (if still needed) trims every listing to its latest observations.
 * Nothing still on divar is ever deleted outright.
 */
export async function guardQuota(
  store: Pick<HistoryStore, 'pruneRemoved' | 'trimAll'>,
  estimate: EstimateStorage,
  now: number,
): Promise<QuotaState> {
  const read = async () => {
    const { usage = 0, quota = 0 } = await estimate();
    return { usage, quota, share: quota > 0 ? usage / quota : 0 };
  };
  let current = await read();
  if (current.share < WARN_AT)
    return { level: 'ok', usage: current.usage, quota: current.quota, at: now };
  if (current.share < PRUNE_AT)
    return { level: 'warn', usage: current.usage, quota: current.quota, at: now };
  let prunedListings = 0;
  let trimmedListings = 0;
  while (current.share >= WARN_AT) {
    const deleted = await store.pruneRemoved(PRUNE_BATCH);
    prunedListings += deleted;
    if (deleted === 0) break;
    current = await read();
  }
  if (current.share >= WARN_AT) {
    trimmedListings = await store.trimAll(4);
    current = await read();
  }
  return {
    level: 'pruned',
    usage: current.usage,
    quota: current.quota,
    prunedListings,
    trimmedListings,
    at: now,
  };
}
