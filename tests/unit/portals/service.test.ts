// The portal service: the account without its password, the permission, previews and dry runs.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPortalStore } from '@/lib/portals/account-store';
import { createPortalConnector } from '@/lib/portals/connector';
import { createPortalService } from '@/lib/portals/service';
import { openSyncStore } from '@/lib/portals/store';
import { startTestReplica, type TestReplica } from '../../replica/test-support.ts';
import { memoryArea } from '../kenar/memory-area.ts';
import { createPushHarness, portalControl } from './harness.ts';
import { CHOICES, listingsWithGaps, saleListing } from './listings.ts';

let t: TestReplica;
beforeAll(async () => {
  t = await startTestReplica({ corpusSize: 20 });
});
beforeEach(async () => {
  t.replica.log.clear();
  await portalControl(t, 'reset');
});
afterAll(() => t.replica.close());

function bareService(hasOrigin = async () => true) {
  const area = memoryArea();
  const portalStore = createPortalStore(area);
  const connector = createPortalConnector({
    fetch: t.fetch,
    now: Date.now,
    portalStore,
    hasOrigin,
  });
  const syncStore = openSyncStore(`service-test-${Math.random()}`);
  const manager = Promise.reject(new Error('not used'));
  manager.catch(() => undefined);
  return {
    area,
    service: createPortalService({ now: Date.now, portalStore, connector, syncStore, manager }),
  };
}

describe('the portal service', () => {
  it('keeps the password in storage.local only, never in what pages are told', async () => {
    const { area, service } = bareService();
    const status = await service.saveAccount({
      user: 'demo-agent',
      password: 'demo-json-password',
    });
    expect(status.account).toEqual({
      user: 'demo-agent',
      environment: 'sandbox',
      hasPassword: true,
    });
    expect(JSON.stringify(status)).not.toContain('demo-json-password');
    expect([...area.data.keys()]).toEqual(['local:portals:ingatlanok:account:v1']);
    // A new office keeps the password; another system forgets the office chosen for the old one.
    await service.saveAccount({ officeId: 7001 });
    const moved = await service.saveAccount({ environment: 'production' });
    expect(moved.account).toEqual({
      user: 'demo-agent',
      environment: 'production',
      hasPassword: true,
    });
  });

  it('says which fix is needed: no account, no permission for the host', async () => {
    await expect(bareService().service.regions()).rejects.toMatchObject({
      kind: 'portal-no-account',
    });
    const { service } = bareService(async () => false);
    await service.saveAccount({ user: 'demo-agent', password: 'demo-json-password' });
    await expect(service.regions()).rejects.toMatchObject({ kind: 'portal-permission' });
    expect(t.replica.log.entries()).toHaveLength(0);
  });

  it('previews without a request, and a dry run shows the exact batch bodies after one lookup', async () => {
    const h = await createPushHarness(t);
    const listings = listingsWithGaps(200, 50);
    const preview = await h.service.preview(listings, CHOICES);
    expect(preview.filter((r) => r.missing.length === 0)).toHaveLength(196);
    expect(t.replica.log.entries()).toHaveLength(0);
    const dry = await h.service.dryRun(listings, CHOICES);
    expect(dry.batches.map((b) => (b as unknown[]).length)).toEqual([90, 90, 16]);
    expect((dry.batches[0] as unknown[])[0]).toEqual({
      method: 'POST',
      uri: '/property',
      body: expect.objectContaining({ id: { transfer_id: 'dv-Ab000001' } }),
    });
    expect(t.replica.log.entries().map((e) => `${e.method} ${e.path}`)).toEqual([
      'GET /api/json/v3/property',
    ]);
    expect((await h.portalStore.account())?.choices).toEqual(CHOICES);
  });

  it('a dry run after a push shows PUTs by transfer id and office', async () => {
    const h = await createPushHarness(t);
    await h.push([saleListing(1)]);
    const dry = await h.service.dryRun([saleListing(1)], CHOICES);
    expect((dry.batches[0] as { method: string; uri: string }[])[0]).toMatchObject({
      method: 'PUT',
      uri: '/property?transfer_id=dv-Ab000001&office_id=7001',
    });
  });

  it('removes one listing from the portal on request', async () => {
    const h = await createPushHarness(t);
    await h.push([saleListing(3)]);
    expect(await h.service.remove('Ab000003')).toEqual({ removed: true });
    const log = t.replica.log.entries().at(-1);
    expect(`${log?.method} ${log?.path}`).toBe('DELETE /api/json/v3/property');
    expect(log?.query).toEqual({ transfer_id: 'dv-Ab000003', office_id: '7001' });
  });

  it('pauses, resumes and cancels a push', async () => {
    const h = await createPushHarness(t);
    const job = await h.service.push(listingsWithGaps(20, 100), CHOICES);
    const paused = await h.manager.pause(job.id);
    expect(['paused', 'done']).toContain(paused.status);
    const resumed = await h.manager.resume(job.id);
    await h.manager.settled(job.id);
    expect((await h.service.job(job.id))?.status).toBe('done');
    expect(resumed.status === 'running' || resumed.status === 'done').toBe(true);
    expect((await h.manager.cancel(job.id)).status).toBe('done');
    expect((await h.service.jobs())[0]).not.toHaveProperty('items');
  });
});
