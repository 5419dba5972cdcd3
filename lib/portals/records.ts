import type { SyncJob, SyncRecord } from './types';

const SETTLED = new Set(['synced', 'rejected']);

/**
 * The records of a job's settled items (synced or refused), keyed by account, office and id:
 * what the next push of the same listing compares its object with.
 */
export function recordsOf(job: SyncJob, now: number): SyncRecord[] {
  return job.items
    .filter((item) => SETTLED.has(item.state) && item.hash)
    .map((item) => ({
      id: `${job.accountKey}|${item.key}`,
      hash: item.hash ?? '',
      state: item.state,
      ...(item.portalId !== undefined ? { portalId: item.portalId } : {}),
      ...(item.error ? { error: item.error } : {}),
      at: now,
    }));
}
