/**
 * The finder search quota: 100 calls in an app's whole lifetime (NOTES §2). Each call is counted
 * before it is sent, so a lost answer still counts; calls stopped before sending are given back.
 */
import { AppError } from '../errors';
import type { KenarStore } from './store';

/** Search calls an app may ever make. */
export const SEARCH_QUOTA = 100;

/** How much of the quota is used and left. */
export interface QuotaStatus {
  used: number;
  left: number;
  limit: number;
}

// Failures that happen before anything reaches Kenar, so the call did not count there.
const NOT_SENT = new Set(['kenar-no-key', 'kenar-invalid', 'bad-message']);

/** Builds the quota counter for the app `appId()` names (its slug, or a hash of its key). */
export function createSearchQuota(store: KenarStore, appId: () => Promise<string>) {
  const status = async (): Promise<QuotaStatus> => {
    const used = Math.min(SEARCH_QUOTA, await store.quotaUsed(await appId()));
    return { used, left: SEARCH_QUOTA - used, limit: SEARCH_QUOTA };
  };
  return {
    status,
    /** Runs one search call if the quota allows, counting it; throws `kenar-quota` when used up. */
    spend: async <T>(run: () => Promise<T>): Promise<T> => {
      const id = await appId();
      const used = await store.quotaUsed(id);
      if (used >= SEARCH_QUOTA)
        throw new AppError('kenar-quota', `${used} of ${SEARCH_QUOTA} used`);
      await store.setQuotaUsed(id, used + 1);
      try {
        return await run();
      } catch (error) {
        const kind = error instanceof AppError ? error.kind : undefined;
        if (kind === 'kenar-quota') await store.setQuotaUsed(id, SEARCH_QUOTA);
        else if (kind && NOT_SENT.has(kind) && !(error as AppError).details?.status)
          await store.setQuotaUsed(id, used);
        throw error;
      }
    },
  };
}
