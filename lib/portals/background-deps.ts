/** Builds the partner-portal service and its job manager from the real browser. */
import type { WxtStorage } from 'wxt/utils/storage';
import { createPortalStore } from './account-store';
import { createPortalConnector } from './connector';
import { createSyncManager } from './manager';
import { createPortalService } from './service';
import { openSyncStore } from './store';

type Browser = typeof import('wxt/browser').browser;

/**
 * The portal service of the background, and its long work for the heartbeat: `arm` keeps the
 * heartbeat going while a push runs, so a stopped worker wakes and resumes it.
 */
export function createPortalBackground(browser: Browser, storage: WxtStorage, arm: () => unknown) {
  const portalStore = createPortalStore(storage);
  const connector = createPortalConnector({
    fetch: (input, init) => fetch(input, init),
    now: Date.now,
    portalStore,
    hasOrigin: (origin) => browser.permissions.contains({ origins: [origin] }),
  });
  const syncStore = openSyncStore();
  const manager = syncStore.then((store) =>
    createSyncManager({
      store,
      adapterFor: connector.adapterFor,
      budget: connector.budget,
      block: connector.block,
      now: Date.now,
      newId: () => crypto.randomUUID(),
      onProgress: async (job) => {
        if (job.status === 'running') await arm();
      },
    }),
  );
  // The resume pass of every worker start: a push the stop cut short goes on at once.
  void manager.then((m) => m.resumeAll());
  const service = createPortalService({
    now: Date.now,
    portalStore,
    connector,
    syncStore,
    manager,
  });
  return {
    service,
    manager,
    /** The heartbeat's view of portal work: whether a push is unfinished, and how to resume it. */
    work: {
      hasWork: async () => (await manager).hasRunning(),
      resume: async () => (await manager).resumeAll(),
    },
  };
}
