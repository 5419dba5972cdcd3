import type { CrawlJob } from './types';

/** What the pool runs: steps on shards, at most `limit()` at once, never two on one shard. */
export interface PoolWork {
  /** How many steps may run now (read before every start). */
  limit(): number;
  /** The shard to step next, not one of `busy`; undefined when none is free now. */
  claim(busy: ReadonlySet<number>): number | undefined;
  /** One step (a page) of a shard; it handles its own failures. */
  step(index: number): Promise<void>;
  /** Whether to start no more steps (the job stopped, paused, finished). */
  isStopped(): boolean;
  /** Resolves when `limit()` may have risen, so more steps can start before one ends. */
  raised?(): Promise<void>;
}

/**
 * Runs steps on free shards until none is left and none runs; a step that ends frees its shard
 * and lets the next start, and so does a rise of the limit. A step that throws anyway lets the others end, then throws.
 */
export async function runPool(work: PoolWork): Promise<void> {
  const running = new Map<number, Promise<void>>();
  let failure: { error: unknown } | undefined;
  for (;;) {
    while (!failure && !work.isStopped() && running.size < Math.max(1, work.limit())) {
      const index = work.claim(new Set(running.keys()));
      if (index === undefined) break;
      const step = work
        .step(index)
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => running.delete(index));
      running.set(index, step);
    }
    if (running.size === 0) break;
    await Promise.race([...running.values(), ...(work.raised ? [work.raised()] : [])]);
  }
  if (failure) throw failure.error;
}

/** The one in-memory job several steps share, and its saves, one after another in order. */
export interface JobCell {
  get(): CrawlJob;
  /** Changes the job in memory; the next save writes it. */
  change(next: (job: CrawlJob) => CrawlJob): void;
  /**
   * Runs a save after every earlier one; `save` must compute the job from `get()` and `set` it
   * at once (before awaiting), so no step's change is lost.
   */
  save(save: (set: (job: CrawlJob) => CrawlJob) => Promise<unknown>): Promise<CrawlJob>;
  /** Aborts when the job stops running (for waits that should end then). */
  stopped: AbortSignal;
}

/** A cell around a job just read from the store. */
export function createJobCell(start: CrawlJob): JobCell {
  let latest = start;
  let queue: Promise<unknown> = Promise.resolve();
  const stop = new AbortController();
  const set = (job: CrawlJob) => {
    latest = job;
    if (job.status !== 'running') stop.abort();
    return job;
  };
  return {
    get: () => latest,
    change: (next) => void set(next(latest)),
    save(save) {
      const turn = queue.then(async () => {
        await save(set);
        return latest;
      });
      queue = turn.catch(() => undefined);
      return turn;
    },
    stopped: stop.signal,
  };
}
