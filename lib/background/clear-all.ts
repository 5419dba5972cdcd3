import type { JobHandlerDeps } from '../jobs/handlers';
import type { Revocation } from '../kenar/revoke';
import type { WatchService } from '../watch/service';

/**
 * Clears everything the extension keeps: watches first (their removal waits for a check in
 * flight, so none writes itself back), then every job and its listings, then Kenar's tokens
 * (revoked at Kenar first, while its app settings are still there), portal pushes, alert targets
 * and their outbox, the listing history, then every storage area and alarm (settings, Kenar key
 * included).
 */
export async function clearAllData(
  jobs: JobHandlerDeps,
  watch: WatchService,
  kenar: { disconnect(): Promise<{ revocation: Revocation }> },
  portals?: Promise<{ clear(): Promise<void> }>,
  alerts?: { clear(): Promise<void> },
  history?: { clear(): Promise<void> },
) {
  const { searches } = await watch.list();
  for (const search of searches) await watch.remove(search.id);
  const [manager, store] = [await jobs.manager, await jobs.store];
  const all = await store.listJobs();
  for (const job of all) {
    await manager.cancel(job.id).catch(() => undefined);
    await manager.pauseDetails(job.id).catch(() => undefined);
    await store.deleteJob(job.id);
  }
  await (await portals)?.clear();
  await alerts?.clear();
  await history?.clear();
  const { revocation } = await kenar.disconnect();
  await jobs.clearStorage();
  return {
    jobsDeleted: all.length,
    watchesDeleted: searches.length,
    kenarRevocation: revocation,
  };
}
