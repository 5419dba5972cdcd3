import type { Handler } from '../messaging/router';
import type { SyncManager } from './manager';
import type { PORTALS_PROTOCOL } from './protocol';
import type { PortalService } from './service';

type PortalMessage = keyof typeof PORTALS_PROTOCOL;

/** The background's handlers for the partner-portal messages. */
export function createPortalHandlers(service: PortalService, manager: Promise<SyncManager>) {
  return {
    portalStatus: () => service.status(),
    portalSaveAccount: ({ type: _, ...change }) => service.saveAccount(change),
    portalRemoveAccount: () => service.removeAccount(),
    portalTest: () => service.test(),
    portalRegions: () => service.regions(),
    portalPreview: ({ listings, choices }) => service.preview(listings, choices),
    portalDryRun: ({ listings, choices }) => service.dryRun(listings, choices),
    portalPush: ({ listings, choices }) => service.push(listings, choices),
    portalJob: ({ jobId }) => service.job(jobId),
    portalJobs: () => service.jobs(),
    portalPause: async ({ jobId }) => (await manager).pause(jobId),
    portalResume: async ({ jobId }) => (await manager).resume(jobId),
    portalCancel: async ({ jobId }) => (await manager).cancel(jobId),
    portalRemove: ({ token }) => service.remove(token),
  } satisfies { [K in PortalMessage]: Handler<K> };
}
