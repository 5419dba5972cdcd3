import type { AttemptEvent } from '../http/attempt-event';
import { SHARDS_IN_FLIGHT } from '../http/in-flight';
import { bodyForShard, splitForSpeed, splitIfTooBig } from './crawl';
import type { StepContext } from './crawl-step';
import type { CrawlJob } from './types';

// The districts the search itself names (undefined when it names none).
const ownDistricts = (job: CrawlJob) =>
  (
    job.body.search_data.form_data.data.districts as
      | { repeated_string?: { value: string[] } }
      | undefined
  )?.repeated_string?.value;

/**
 * Before a slice's first page. The whole search on a divar that may be slow asks only for the
 * district list (its answer measures the latency): when one cursor cannot fill the politeness
 * budget at that latency it is split by districts at once, and every slice (or the whole search,
 * left whole) takes divar's count from its own page 1 (asked once after it, if page 1 had none).
 * Otherwise (a slice split past the cap, a search naming its own districts) divar's count is
 * asked first (only a hint: coverage, cap detection, so a failure must not stop the crawl), and
 * a slice past what one returns is split.
 */
export async function beforeFirstPage(ctx: StepContext, index: number): Promise<void> {
  const { deps, cell, signal } = ctx;
  const job = cell.get();
  const shard = job.shards[index];
  if (!shard || shard.approx !== undefined) return;
  const lacksCount = shard.countFromPage === true && shard.pages > 0;
  if (!lacksCount && (shard.pages > 0 || shard.countFromPage)) return;
  const isRoot = job.shards.length === 1;
  let latencyMs = Number.POSITIVE_INFINITY; // the server's own, without the rate limiter's wait
  const onAttempt = (event: AttemptEvent) => {
    ctx.control.observe(event);
    if (event.status === 200) latencyMs = Math.min(latencyMs, event.ms);
  };
  const own = ownDistricts(job);
  const countLater =
    !lacksCount && isRoot && !own && deps.budget !== undefined && deps.districts !== undefined;
  const [approx, districtPool] = await Promise.all([
    countLater
      ? -1
      : deps
          .count(bodyForShard(job.body, { ...shard, cursor: undefined }), signal, onAttempt)
          .catch(() => -1),
    !isRoot || lacksCount || (own && own.length < 2)
      ? undefined
      : (own ?? deps.districts?.(job.body, signal, onAttempt).catch(() => undefined)),
  ]);
  await cell.save(async (set) => {
    const latest = cell.get();
    const change = { ...(approx >= 0 ? { approx } : {}), countFromPage: countLater };
    const shards = latest.shards.map((s, i) => (i === index ? { ...s, ...change } : s));
    const progress =
      isRoot && approx >= 0 ? { ...latest.progress, approximateTotal: approx } : latest.progress;
    const now = deps.now();
    const counted = { ...latest, shards, progress, ...(districtPool ? { districtPool } : {}) };
    let next = splitIfTooBig({ ...counted, updatedAt: now }, index, now);
    const { max } = deps.shardsInFlight ?? SHARDS_IN_FLIGHT;
    if (isRoot && deps.budget && Number.isFinite(latencyMs))
      next = splitForSpeed(next, latencyMs, deps.budget(), max, now);
    await deps.store.putJob(set(next));
  });
  // Split for speed: start with as many in flight as slices, not ramping up from one.
  const slices = cell.get().shards.filter((s) => s.countFromPage && !s.isDone).length;
  if (isRoot && slices > 1) ctx.control.raiseTo(slices);
}
