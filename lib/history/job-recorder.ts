import type { JobStore } from '../jobs/store';
import type { Job } from '../jobs/types';
import { diffRuns, isFullRun, type JobChanges, previousRun } from './job-changes';
import type { HistoryService } from './service';

type Recorder = Pick<HistoryService, 'record' | 'markRemoved'>;

/** The job store, recording every page a crawl saves and every post a details run reads. */
export function recordingJobStore(store: JobStore, history: Recorder): JobStore {
  return {
    ...store,
    async savePage(jobId, listings, nextJob) {
      const job = await store.savePage(jobId, listings, nextJob);
      void history.record(listings, 'crawl');
      return job;
    },
    async saveListing(jobId, listing, job) {
      await store.saveListing(jobId, listing, job);
      // A post that answered 404 is kept in the job with a "removed" tag (lib/jobs/details.ts).
      if (listing.tags.includes('removed')) void history.markRemoved([listing.token], 'not-found');
      else void history.record([listing], 'details');
    },
  };
}

const ALL = 1_000_000;

/** What changed between a run and the previous finished run of the same search (or null). */
export async function jobChanges(store: JobStore, jobId: string): Promise<JobChanges | null> {
  const job = await store.getJob(jobId);
  const previous = job && previousRun(await store.listJobs(), job);
  if (!job || !previous) return null;
  const [before, after] = await Promise.all([
    store.listings(previous.id, 0, ALL),
    store.listings(job.id, 0, ALL),
  ]);
  return { previousJobId: previous.id, previousAt: previous.createdAt, ...diffRuns(before, after) };
}

/**
 * Called with every job progress: once a full re-crawl finishes, the listings the previous run
 * had and this one did not are marked removed in the history (once per job and worker life).
 */
export function createRecrawlMarker(store: Promise<JobStore>, history: Recorder) {
  const marked = new Set<string>();
  return async (job: Job) => {
    if (!isFullRun(job) || job.details || marked.has(job.id)) return;
    marked.add(job.id);
    const changes = await jobChanges(await store, job.id);
    if (changes?.removed.length)
      await history.markRemoved(
        changes.removed.map((l) => l.token),
        'recrawl',
      );
  };
}
