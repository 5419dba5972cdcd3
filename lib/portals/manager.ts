import { AppError } from '../errors';
import { runSync, type SyncDeps } from './runner';
import type { SyncItem, SyncJob } from './types';

/** What starting a push needs: the account it goes to and its items, mapped and checked. */
export interface NewSync {
  portal: string;
  accountKey: string;
  items: SyncItem[];
}

/** Starts, pauses, resumes and cancels syndication jobs, and picks up running ones after a stop. */
export function createSyncManager(deps: SyncDeps & { newId(): string }) {
  const active = new Map<string, { controller: AbortController; done: Promise<unknown> }>();
  const launch = (id: string) => {
    if (active.has(id)) return;
    const controller = new AbortController();
    const done = runSync(deps, id, controller.signal)
      .catch((error: unknown) => console.error('Divar Actions: syndication run failed', error))
      .finally(() => {
        if (active.get(id)?.controller === controller) active.delete(id);
      });
    active.set(id, { controller, done });
  };
  const halt = async (id: string) => {
    const run = active.get(id);
    if (!run) return;
    run.controller.abort(new DOMException('stopped by the user', 'AbortError'));
    await run.done;
    active.delete(id);
  };
  const update = async (id: string, change: (job: SyncJob) => SyncJob | undefined) => {
    const job = await deps.store.getJob(id);
    if (!job) throw new AppError('not-found', `no syndication job ${id}`);
    const next = change(job);
    if (!next) return job;
    const saved = { ...next, updatedAt: deps.now() };
    await deps.store.putJob(saved);
    await deps.onProgress(saved);
    return saved;
  };

  return {
    /** Saves a new job and starts sending. */
    async start(spec: NewSync): Promise<SyncJob> {
      const now = deps.now();
      const job: SyncJob = {
        id: deps.newId(),
        kind: 'syndication',
        ...spec,
        status: 'running',
        createdAt: now,
        updatedAt: now,
        needsLookup: true,
        counts: { requests: 0, badRequests: 0, batches: 0 },
      };
      await deps.store.putJob(job);
      await deps.onProgress(job);
      launch(job.id);
      return job;
    },
    /** Pauses after the chunk in flight is answered and saved. */
    async pause(id: string) {
      await halt(id);
      return update(id, (job) =>
        job.status === 'running' ? { ...job, status: 'paused' } : undefined,
      );
    },
    /** Goes on from where the job stands (asking which ids exist first). */
    async resume(id: string) {
      const job = await update(id, ({ error: _e, resumeAt: _r, ...job }) =>
        job.status === 'paused' || job.status === 'failed'
          ? { ...job, status: 'running', needsLookup: true }
          : undefined,
      );
      if (job.status === 'running') launch(id);
      return job;
    },
    /** Cancels a job; what was sent stays sent. */
    async cancel(id: string) {
      await halt(id);
      return update(id, (job) =>
        job.status === 'running' || job.status === 'paused'
          ? { ...job, status: 'cancelled' }
          : undefined,
      );
    },
    /** Restarts every job left running when the worker stopped; returns their ids. */
    async resumeAll(): Promise<string[]> {
      const jobs = (await deps.store.runningJobs()).filter((job) => !active.has(job.id));
      for (const job of jobs) {
        await update(job.id, (j) => ({ ...j, resumes: (j.resumes ?? 0) + 1 }));
        launch(job.id);
      }
      return jobs.map((job) => job.id);
    },
    /** Whether any job is running (or was, when the worker stopped). */
    hasRunning: async () => (await deps.store.runningJobs()).length > 0,
    /** Resolves when a job's run loop ends (tests). */
    settled: async (id: string) => void (await active.get(id)?.done),
    /** Stops every run and forgets every job and record (clear all data). */
    async clear() {
      for (const id of [...active.keys()]) await halt(id);
      await deps.store.clear();
    },
  };
}

/** The manager createSyncManager builds. */
export type SyncManager = ReturnType<typeof createSyncManager>;
