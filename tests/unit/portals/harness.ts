/** A portal push wired as the background wires it, over a replica and in-memory stores (not a test file). */
import { createPortalStore } from '@/lib/portals/account-store';
import type { PushChoices } from '@/lib/portals/choices';
import { createPortalConnector } from '@/lib/portals/connector';
import type { PortalListing } from '@/lib/portals/listing';
import { createSyncManager } from '@/lib/portals/manager';
import { createPortalService } from '@/lib/portals/service';
import { openSyncStore } from '@/lib/portals/store';
import type { SyncJob } from '@/lib/portals/types';
import type { TestReplica } from '../../replica/test-support.ts';
import { memoryArea } from '../kenar/memory-area.ts';
import { CHOICES, TARGET } from './listings.ts';

let dbSerial = 0;

/** Everything a push test touches: the service, its manager, the store and the budget. */
export async function createPushHarness(t: TestReplica, fetch: typeof globalThis.fetch = t.fetch) {
  const area = memoryArea();
  const portalStore = createPortalStore(area);
  await portalStore.saveAccount({
    user: 'demo-agent',
    password: 'demo-json-password',
    environment: 'sandbox',
    ...TARGET,
  });
  const connector = createPortalConnector({
    fetch,
    now: Date.now,
    portalStore,
    hasOrigin: async () => true,
  });
  const syncStore = openSyncStore(`portals-test-${++dbSerial}`);
  const build = (store: Awaited<typeof syncStore>) =>
    createSyncManager({
      store,
      ...connector,
      adapterFor: connector.adapterFor,
      now: Date.now,
      newId: () => `job-${++dbSerial}`,
      onProgress: () => undefined,
      lostChunkWaitMs: 10,
    });
  const manager = syncStore.then(build);
  const service = createPortalService({
    now: Date.now,
    portalStore,
    connector,
    syncStore,
    manager,
  });
  return {
    area,
    portalStore,
    service,
    manager: await manager,
    /** A second manager over the same store: a new service worker after a stop. */
    restart: async () => build(await syncStore),
    /** Pushes and waits until the run ends. */
    async push(listings: PortalListing[], choices: PushChoices = CHOICES): Promise<SyncJob> {
      const job = await service.push(listings, choices);
      await (await manager).settled(job.id);
      return (await service.job(job.id)) as SyncJob;
    },
  };
}

/** The sub-requests the replica received in batches, in order. */
export function batchItems(t: TestReplica) {
  return t.replica.log
    .entries()
    .filter((e) => e.path === '/api/json/v3/batch')
    .flatMap(
      (e) => e.body as { method: string; uri: string; body: { id: { transfer_id: string } } }[],
    );
}

/** How many times each transfer id was POSTed in a batch. */
export function postsPerId(t: TestReplica) {
  const counts = new Map<string, number>();
  for (const item of batchItems(t))
    if (item.method === 'POST')
      counts.set(item.body.id.transfer_id, (counts.get(item.body.id.transfer_id) ?? 0) + 1);
  return counts;
}

/** The replica's sandbox state. */
export async function portalState(t: TestReplica) {
  const response = await t.fetch('https://sandbox.ingatlanok.hu/__replica/ingatlanok/state');
  return (await response.json()) as {
    properties: { transferId: string; puts: number }[];
    badInHour: number;
  };
}

/** Calls a control of the replica's sandbox. */
export async function portalControl(t: TestReplica, path: string, body: unknown = {}) {
  await t.fetch(`https://sandbox.ingatlanok.hu/__replica/ingatlanok/${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
}
