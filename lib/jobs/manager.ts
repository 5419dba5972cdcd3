import { newListing } from '../divar/listing/new-listing';
import type { SearchBody } from '../divar/search-body';
import { AppError } from '../errors';
import type { JobEvent } from './activity';
import { runDetails } from './details';
import { resumedEntry, withLog } from './job-log';
import { moveJob } from './job-state-io';
import { runMapJob } from './map-job';
import { type CrawlDeps, newCrawlJob, runCrawl } from './runner';
import type { JobStore } from './store';
import type { CrawlJob, JobTitles } from './types';

interface Active {
  controller: AbortController;
  done: Promise<unknown>;
}

/** Whether any job or details run is running in a store (or was, when a worker stopped). */
export async function anyRunning(store: Pick<JobStore, 'runningJobs'>): Promise<boolean> {
  return (await store.runningJobs()).length > 0;
}

/** Starts, pauses, resumes and cancels crawl jobs, and picks up running ones after a restart. */
export function createJobManager(deps: CrawlDeps) {
  const active = new Map<string, Active>();

  const launchAs = (key: string, run: (signal: AbortSignal) => Promise<unknown>) => {
    if (active.has(key)) return;
    const controller = new AbortController();
    const done = run(controller.signal).finally(() => {
      if (active.get(key)?.controller === controller) active.delete(key);
    });
    active.set(key, { controller, done });
  };
  const launch = (id: string, mapBbox?: number[]) => {
    const { viewport } = deps;
    if (mapBbox && viewport)
      launchAs(id, (signal) => runMapJob({ ...deps, viewport }, id, mapBbox, signal));
    else launchAs(id, (signal) => runCrawl(deps, id, signal));
  };
  const detailsKey = (id: string) => `${id}:details`;
  const launchDetails = (id: string) => {
    const { postListing } = deps;
    if (!postListing) throw new AppError('internal', 'details are not available here');
    launchAs(detailsKey(id), (signal) => runDetails({ ...deps, postListing }, id, signal));
  };

  /** Stops the run loop of a job and waits until it has written its last step. */
  const halt = async (id: string) => {
    const run = active.get(id);
    if (!run) return;
    run.controller.abort(new DOMException('stopped by the user', 'AbortError'));
    await run.done.catch(() => undefined);
    active.delete(id);
  };

  const move = async (id: string, event: JobEvent) => {
    const job = await deps.store.getJob(id);
    if (!job) throw new AppError('not-found', `no job ${id}`);
    return moveJob(deps, job, event);
  };

  const startDetails = async (id: string): Promise<CrawlJob> => {
    const job = await deps.store.getJob(id);
    if (!job) throw new AppError('not-found', `no job ${id}`);
    const total = await deps.store.countListings(id);
    const details = {
      ...job.details,
      status: 'running' as const,
      done: job.details?.done ?? 0,
      total,
    };
    const next: CrawlJob = { ...job, details, updatedAt: deps.now() };
    await deps.store.putJob(next);
    await deps.onProgress(next);
    launchDetails(id);
    return next;
  };

  return {
    /** Creates a crawl for a search body and starts it. */
    async start(
      url: string,
      body: SearchBody,
      title: string | JobTitles,
      mapBbox?: number[],
    ): Promise<CrawlJob> {
      const job = newCrawlJob(deps, url, body, title, mapBbox);
      await deps.store.putJob(job);
      await deps.onProgress(job);
      launch(job.id, job.mapBbox);
      return job;
    },
    /** Pauses a running job after its current page is saved. */
    async pause(id: string) {
      await halt(id);
      return move(id, { type: 'pause' });
    },
    /** Resumes a paused job from its checkpoint. */
    async resume(id: string) {
      const job = await move(id, { type: 'resume' });
      if (job.status === 'running') launch(id, job.mapBbox);
      return job;
    },
    /** Cancels a job; what it fetched stays readable until deleted. */
    async cancel(id: string) {
      await halt(id);
      return move(id, { type: 'cancel' });
    },
    /** Restarts every job left running when the service worker stopped; returns their ids. */
    async resumeAll(): Promise<string[]> {
      const all = await deps.store.runningJobs();
      const jobs = all.filter((j) => j.status === 'running' && !active.has(j.id));
      for (const job of jobs) {
        await moveJob(deps, withLog(job, [resumedEntry(job, deps.now())]), {
          type: 'worker-started',
        });
        launch(job.id, job.mapBbox);
      }
      const details = all.filter(
        (j) => j.details?.status === 'running' && !active.has(detailsKey(j.id)),
      );
      for (const job of details) launchDetails(job.id);
      return jobs.map((j) => j.id);
    },
    /**
     * A job over a list of post tokens (from a selection or pasted links): no search to crawl,
     * the posts themselves are fetched as details right away.
     */
    async startTokens(tokens: string[], title: string | JobTitles): Promise<CrawlJob> {
      const base = newCrawlJob(
        deps,
        `https://divar.ir/v/${tokens[0] ?? ''}`,
        {} as SearchBody,
        title,
      );
      const job: CrawlJob = {
        ...base,
        status: 'done',
        shards: [{ ...base.shards[0], patch: {}, pages: 0, found: 0, isDone: true }],
      };
      await deps.store.putJob(job);
      const listings = tokens.map((token) => newListing(token, 'card', ''));
      await deps.store.savePage(job.id, listings, (added) => ({
        ...job,
        progress: { ...job.progress, listings: added, shardsDone: 1 },
      }));
      return startDetails(job.id);
    },
    /** Starts (or resumes) fetching the post details of every listing of a job. */
    startDetails,
    /** Pauses fetching details after the current post. */
    async pauseDetails(id: string): Promise<CrawlJob> {
      await halt(detailsKey(id));
      const job = await deps.store.getJob(id);
      if (!job) throw new AppError('not-found', `no job ${id}`);
      if (job.details?.status !== 'running') return job;
      const next: CrawlJob = {
        ...job,
        details: { ...job.details, status: 'paused' },
        updatedAt: deps.now(),
      };
      await deps.store.putJob(next);
      await deps.onProgress(next);
      return next;
    },
    /** Whether any job or details run is running (or left running by a stopped worker). */
    hasRunning: () => anyRunning(deps.store),
    /** Resolves when a job's current run loops (crawl and details) end (tests, benchmarks). */
    async settled(id: string) {
      await active.get(id)?.done;
      await active.get(detailsKey(id))?.done;
    },
  };
}

/** The job manager createJobManager builds. */
export type JobManager = ReturnType<typeof createJobManager>;
