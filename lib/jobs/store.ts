import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Listing } from '../divar/listing/types';
import type { Job } from './types';

interface JobsDb extends DBSchema {
  jobs: {
    key: string;
    value: Job;
    indexes: { byStatus: string; byDetails: string; byExported: number };
  };
  listings: {
    key: [string, string];
    value: { jobId: string; seq: number; listing: Listing };
    indexes: { byJob: [string, number]; byToken: string };
  };
}

/** Persists jobs and their listings in IndexedDB; one transaction per page keeps them in step. */
export interface JobStore {
  getJob(id: string): Promise<Job | undefined>;
  listJobs(): Promise<Job[]>;
  /** The jobs whose crawl or details run is running (read by index, not by reading every job). */
  runningJobs(): Promise<Job[]>;
  /** The ids of the jobs whose listings were exported. */
  exportedJobIds(): Promise<string[]>;
  putJob(job: Job): Promise<void>;
  /**
   * Saves a page's listings (tokens not seen in this job only) and the job's new checkpoint in one
   * transaction, so a stop between the two can never lose or double a listing; returns the job.
   */
  savePage(jobId: string, listings: Listing[], nextJob: (added: number) => Job): Promise<Job>;
  /** Replaces one saved listing (same place in the order) and saves the job, in one transaction. */
  saveListing(jobId: string, listing: Listing, job: Job): Promise<void>;
  /** A slice of a job's listings in the order they were found. */
  listings(jobId: string, offset: number, limit: number): Promise<Listing[]>;
  countListings(jobId: string): Promise<number>;
  /** The ids of the jobs holding each of these tokens (tokens no job holds are left out). */
  jobsHolding(tokens: readonly string[]): Promise<Map<string, string[]>>;
  deleteJob(id: string): Promise<void>;
}

const jobRange = (jobId: string) => IDBKeyRange.bound([jobId, 0], [jobId, Number.MAX_SAFE_INTEGER]);

/**
 * Opens (or creates, or upgrades) the jobs database (tests load fake-indexeddb/auto for the
 * global). Version 2 adds indexes so the hot paths never read every job: the listings' by token
 * (which jobs hold a card a page shows: one lookup per card), the jobs' by status, details status
 * and export (what a worker start resumes, whether any runs, which were exported).
 */
export async function openJobStore(name = 'divar-actions-jobs'): Promise<JobStore> {
  const db: IDBPDatabase<JobsDb> = await openDB<JobsDb>(name, 2, {
    upgrade(database, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        database.createObjectStore('jobs', { keyPath: 'id' });
        database
          .createObjectStore('listings', { keyPath: ['jobId', 'listing.token'] })
          .createIndex('byJob', ['jobId', 'seq']);
      }
      // Built by the browser over the jobs and listings already stored.
      if (oldVersion < 2) {
        tx.objectStore('listings').createIndex('byToken', 'listing.token');
        const jobs = tx.objectStore('jobs');
        jobs.createIndex('byStatus', 'status');
        jobs.createIndex('byDetails', 'details.status');
        jobs.createIndex('byExported', 'exportedAt');
      }
    },
  });
  return {
    getJob: (id) => db.get('jobs', id),
    listJobs: async () => (await db.getAll('jobs')).sort((a, b) => b.createdAt - a.createdAt),
    async runningJobs() {
      const tx = db.transaction('jobs');
      const [crawling, detailing] = await Promise.all([
        tx.store.index('byStatus').getAll('running'),
        tx.store.index('byDetails').getAll('running'),
      ]);
      const byId = new Map([...crawling, ...detailing].map((job) => [job.id, job]));
      return [...byId.values()];
    },
    exportedJobIds: () => db.getAllKeysFromIndex('jobs', 'byExported'),
    putJob: async (job) => void (await db.put('jobs', job)),
    async savePage(jobId, listings, nextJob) {
      const tx = db.transaction(['jobs', 'listings'], 'readwrite');
      const store = tx.objectStore('listings');
      // Listings are numbered in the order found; the job's own count is the next number.
      let seq = (await tx.objectStore('jobs').get(jobId))?.progress.listings ?? 0;
      let added = 0;
      for (const listing of listings) {
        if (await store.getKey([jobId, listing.token])) continue;
        await store.put({ jobId, seq: seq++, listing });
        added++;
      }
      const job = nextJob(added);
      await tx.objectStore('jobs').put(job);
      await tx.done;
      return job;
    },
    async saveListing(jobId, listing, job) {
      const tx = db.transaction(['jobs', 'listings'], 'readwrite');
      const row = await tx.objectStore('listings').get([jobId, listing.token]);
      if (row) await tx.objectStore('listings').put({ ...row, listing });
      await tx.objectStore('jobs').put(job);
      await tx.done;
    },
    async listings(jobId, offset, limit) {
      const range = IDBKeyRange.bound([jobId, offset], [jobId, offset + limit - 1]);
      return (await db.getAllFromIndex('listings', 'byJob', range)).map((row) => row.listing);
    },
    countListings: (jobId) => db.countFromIndex('listings', 'byJob', jobRange(jobId)),
    async jobsHolding(tokens) {
      // One transaction, every lookup asked at once (not one transaction per job and token).
      const index = db.transaction('listings').store.index('byToken');
      const keys = await Promise.all(tokens.map((token) => index.getAllKeys(token)));
      const holding = new Map<string, string[]>();
      tokens.forEach((token, i) => {
        const jobIds = (keys[i] ?? []).map(([jobId]) => jobId);
        if (jobIds.length > 0) holding.set(token, jobIds);
      });
      return holding;
    },
    async deleteJob(id) {
      const tx = db.transaction(['jobs', 'listings'], 'readwrite');
      await tx.objectStore('jobs').delete(id);
      let cursor = await tx.objectStore('listings').index('byJob').openCursor(jobRange(id));
      while (cursor) {
        await cursor.delete();
        cursor = await cursor.continue();
      }
      await tx.done;
    },
  };
}
