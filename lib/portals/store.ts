import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { SyncJob, SyncRecord } from './types';

interface PortalsDb extends DBSchema {
  jobs: { key: string; value: SyncJob; indexes: { byStatus: string } };
  records: { key: string; value: SyncRecord };
}

/** Persists syndication jobs and each listing's last outcome per account (IndexedDB). */
export interface SyncStore {
  getJob(id: string): Promise<SyncJob | undefined>;
  listJobs(): Promise<SyncJob[]>;
  /** The running jobs, by index: a worker start and the heartbeat never read every push's items. */
  runningJobs(): Promise<SyncJob[]>;
  putJob(job: SyncJob): Promise<void>;
  deleteJob(id: string): Promise<void>;
  /** The saved records of these ids (absent ones left out). */
  records(ids: string[]): Promise<SyncRecord[]>;
  putRecords(records: SyncRecord[]): Promise<void>;
  /** Forgets every job and record (clear all data). */
  clear(): Promise<void>;
}

/**
 * Opens (or creates, or upgrades) the syndication database (tests load fake-indexeddb/auto for
 * the global). Version 2 indexes the jobs by status: each holds every pushed listing's body.
 */
export async function openSyncStore(name = 'divar-actions-portals'): Promise<SyncStore> {
  const db: IDBPDatabase<PortalsDb> = await openDB<PortalsDb>(name, 2, {
    upgrade(database, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        database.createObjectStore('jobs', { keyPath: 'id' });
        database.createObjectStore('records', { keyPath: 'id' });
      }
      if (oldVersion < 2) tx.objectStore('jobs').createIndex('byStatus', 'status');
    },
  });
  return {
    getJob: (id) => db.get('jobs', id),
    listJobs: async () => (await db.getAll('jobs')).sort((a, b) => b.createdAt - a.createdAt),
    runningJobs: () => db.getAllFromIndex('jobs', 'byStatus', 'running'),
    putJob: async (job) => void (await db.put('jobs', job)),
    deleteJob: (id) => db.delete('jobs', id),
    async records(ids) {
      const tx = db.transaction('records');
      const found = await Promise.all(ids.map((id) => tx.store.get(id)));
      return found.filter((r): r is SyncRecord => r !== undefined);
    },
    async putRecords(records) {
      const tx = db.transaction('records', 'readwrite');
      await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
    },
    async clear() {
      await db.clear('jobs');
      await db.clear('records');
    },
  };
}
