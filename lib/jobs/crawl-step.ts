import type { AttemptEvent } from '../http/attempt-event';
import type { InFlightControl } from '../http/in-flight';
import type { JobEvent } from './activity';
import { nextState } from './activity';
import { applyPage, bodyForShard } from './crawl';
import { beforeFirstPage } from './first-round';
import { withLog } from './job-log';
import {
  failureEvent,
  movedJob,
  pausedForStoppingWorker,
  sleepUntil,
  withState,
} from './job-state-io';
import type { CrawlDeps } from './runner';
import type { JobCell } from './shard-pool';
import type { CrawlJob } from './types';

/** What every step of one crawl run shares. */
export interface StepContext {
  deps: CrawlDeps;
  cell: JobCell;
  control: InFlightControl;
  signal: AbortSignal;
}

/** Saves the job moved by an event (store, then watchers), after every earlier save. */
function saveMove({ deps, cell }: StepContext, event: JobEvent): Promise<CrawlJob> {
  return cell.save(async (set) => {
    const next = set(movedJob(cell.get(), event, deps.now()));
    await deps.store.putJob(next);
    await deps.onProgress(next);
  });
}

// A saved page: a running job is fetching again; one the page finished is no longer fetching.
function afterPage(job: CrawlJob, now: number): CrawlJob {
  const state =
    job.status === 'running'
      ? nextState(job, { type: 'saved' }, now)
      : { status: job.status, ...(job.error ? { error: job.error } : {}) };
  return withState(job, state);
}

/**
 * One step of a shard: its count before page 1, then one page, saved with its listings and the
 * job's checkpoint in one transaction. Every attempt joins the log and moves the in-flight limit;
 * a retry wait is saved as the job's state. A failure a wait can fix waits on this shard only
 * (the others go on); one that needs the user pauses the job, and pages already in flight on
 * other shards are still saved.
 */
export async function crawlStep(ctx: StepContext, index: number): Promise<void> {
  const { deps, cell, control, signal } = ctx;
  const onAttempt = (event: AttemptEvent) => {
    control.observe(event);
    cell.change((job) => withLog(job, [event]));
    if (event.retryInMs !== undefined)
      void saveMove(ctx, { type: 'attempt', event }).catch(() => undefined);
  };
  try {
    await beforeFirstPage(ctx, index);
    const shard = cell.get().shards[index];
    if (!shard || shard.isDone || cell.get().status !== 'running') return; // split before page 1
    const response = await deps.search(bodyForShard(cell.get().body, shard), signal, onAttempt);
    const { listings, outcome } = deps.readPage(response);
    const saved = await cell.save((set) =>
      deps.store.savePage(cell.get().id, listings, (added) =>
        set(afterPage(applyPage(cell.get(), index, outcome, added, deps.now()), deps.now())),
      ),
    );
    await deps.onProgress(saved);
  } catch (error) {
    if (signal.aborted) return;
    // The worker is being stopped: the job stays running at its checkpoint, never "failed".
    if (await pausedForStoppingWorker(error, deps.now, signal)) return;
    const event = failureEvent(error, deps.now());
    const job = await saveMove(ctx, event);
    if (event.type === 'failed' && event.retryAt !== undefined && job.status === 'running')
      await sleepUntil(event.retryAt, deps.now(), AbortSignal.any([signal, cell.stopped]));
    if (cell.get().status === 'running')
      cell.change((j) => withState(j, nextState(j, { type: 'saved' }, deps.now())));
    await deps.onProgress(cell.get());
  }
}
