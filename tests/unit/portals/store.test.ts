import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openSyncStore } from '@/lib/portals/store';
import type { SyncJob } from '@/lib/portals/types';

const job = (id: string, status: string) =>
  ({ id, status, createdAt: 0, items: [] }) as unknown as SyncJob;

describe('openSyncStore: the running pushes', () => {
  it('finds the running jobs by index, and follows a job that stops', async () => {
    const store = await openSyncStore('test-sync-running');
    for (const [id, status] of [
      ['a', 'running'],
      ['b', 'done'],
      ['c', 'running'],
      ['d', 'paused'],
    ] as const)
      await store.putJob(job(id, status));
    expect((await store.runningJobs()).map((j) => j.id).sort()).toEqual(['a', 'c']);
    await store.putJob(job('a', 'cancelled'));
    expect((await store.runningJobs()).map((j) => j.id)).toEqual(['c']);
  });

  it('upgrades a version 1 database, indexing the jobs it already holds', async () => {
    const name = 'test-sync-upgrade';
    const v1 = await openDB(name, 1, {
      upgrade(database) {
        database.createObjectStore('jobs', { keyPath: 'id' });
        database.createObjectStore('records', { keyPath: 'id' });
      },
    });
    await v1.put('jobs', job('old', 'running'));
    await v1.put('records', { id: 'r1' });
    v1.close();
    const store = await openSyncStore(name);
    expect((await store.runningJobs()).map((j) => j.id)).toEqual(['old']);
    expect(await store.records(['r1'])).toEqual([{ id: 'r1' }]);
  });
});
