import { type DriftReport, mergeDrift } from '../divar/read/drift';
import type { SearchBody } from '../divar/search-body';
import { splitByDistrictsInto, splitShard } from './split';
import type { CrawlJob, Shard } from './types';

/** What one fetched search page contributed, as the crawl logic needs it. */
export interface PageOutcome {
  /** Tokens of real results on the page (recommendations excluded). */
  tokens: string[];
  recommendations: number;
  /** `pagination.data` to echo for the next page. */
  cursor: Record<string, unknown> | undefined;
  hasNextPage: boolean;
  /** divar's count for the whole slice (`map_data.post_count`, on page 1 only). */
  total?: number;
  /** divar switched to "similar posts": real results are over. */
  reachedRecommendations: boolean;
  /** What the page's reader skipped or did not know. */
  drift?: DriftReport;
}

/** The body for the next page of a shard: base filters, the shard's band, its cursor. */
export function bodyForShard(base: SearchBody, shard: Shard): SearchBody {
  const data = { ...base.search_data.form_data.data, ...shard.patch };
  return {
    ...base,
    search_data: { ...base.search_data, form_data: { data } },
    ...(shard.cursor ? { pagination_data: shard.cursor } : {}),
  };
}

/** Results on a full page of divar's search. */
export const PAGE_SIZE = 24;

/**
 * A part-filled page that brings the slice to divar's count is its last: the page after it could
 * only be empty or recommendations, so it is not fetched. (A short page below the count, or a
 * full one at it, goes on as before: the count is approximate.)
 */
function isLastPage(shard: Shard, outcome: PageOutcome): boolean {
  return (
    outcome.tokens.length < PAGE_SIZE && shard.approx !== undefined && shard.found >= shard.approx
  );
}

const hasDrift = (drift: DriftReport | undefined) =>
  drift !== undefined && (drift.skipped.length > 0 || drift.unknownWidgets > 0);

/**
 * Advances a crawl by one fetched page (pure): counts what was new, moves the cursor, and when a
 * slice ends short of divar's count (the depth cap) replaces it with two narrower slices.
 */
export function applyPage(
  job: CrawlJob,
  shardIndex: number,
  outcome: PageOutcome,
  newListings: number,
  now: number,
): CrawlJob {
  const shards = job.shards.map((s) => ({ ...s }));
  const shard = shards[shardIndex];
  if (!shard) return job;
  shard.pages += 1;
  shard.found += outcome.tokens.length;
  shard.cursor = outcome.cursor;
  let approximateTotal = job.progress.approximateTotal;
  if (shard.approx === undefined && outcome.total !== undefined) {
    shard.approx = outcome.total;
    // Slices split for speed add up to the whole search (the districts partition it).
    if (shard.countFromPage) approximateTotal = (approximateTotal ?? 0) + outcome.total;
  }
  const isOver =
    outcome.reachedRecommendations ||
    !outcome.hasNextPage ||
    !outcome.cursor ||
    isLastPage(shard, outcome);
  let capEstimate = job.capEstimate;
  if (isOver) {
    shard.isDone = true;
    shard.hitCap = shard.approx !== undefined && shard.found < shard.approx * 0.98;
    const parts = shard.hitCap ? splitShard(job, shard) : undefined;
    if (parts) shards.push(...parts);
    // What one slice can return before divar stops: later slices bigger than this split at once.
    if (shard.hitCap) capEstimate = Math.min(capEstimate ?? Number.POSITIVE_INFINITY, shard.found);
  }
  const progress = {
    ...job.progress,
    pages: job.progress.pages + 1,
    listings: job.progress.listings + newListings,
    recommendationsSkipped: job.progress.recommendationsSkipped + outcome.recommendations,
    ...(approximateTotal !== undefined ? { approximateTotal } : {}),
    shards: shards.length,
    shardsDone: shards.filter((s) => s.isDone).length,
  };
  const isDone = shards.every((s) => s.isDone);
  const total = progress.approximateTotal;
  const drift = hasDrift(outcome.drift) ? mergeDrift(job.drift, outcome.drift) : job.drift;
  return {
    ...job,
    shards,
    progress,
    ...(drift ? { drift } : {}),
    ...(capEstimate !== undefined ? { capEstimate } : {}),
    updatedAt: now,
    status: isDone ? 'done' : job.status,
    ...(isDone && total ? { coverage: Math.min(1, progress.listings / total) } : {}),
  };
}

// The job with slice `index` replaced by `parts` (appended, so the indices of others hold).
function withParts(job: CrawlJob, index: number, parts: Shard[], hitCap: boolean, now: number) {
  const shards = job.shards.map((s, i) => (i === index ? { ...s, isDone: true, hitCap } : s));
  shards.push(...parts);
  const progress = {
    ...job.progress,
    shards: shards.length,
    shardsDone: shards.filter((s) => s.isDone).length,
  };
  return { ...job, shards, progress, updatedAt: now };
}

/**
 * Before a slice's first page: when divar's count for it is above what one slice can return,
 * split it at once instead of fetching pages that would only hit the cap again.
 */
export function splitIfTooBig(job: CrawlJob, index: number, now: number): CrawlJob {
  const shard = job.shards[index];
  if (!shard || shard.pages > 0 || shard.approx === undefined || job.capEstimate === undefined)
    return job;
  if (shard.approx <= job.capEstimate) return job;
  const parts = splitShard(job, shard);
  return parts ? withParts(job, index, parts, true, now) : job;
}

/** Fewest listings a slice split for speed holds, when the count is known: a part page costs a request. */
export const MIN_SLICE_FOR_SPEED = 72;

/**
 * Before the whole search's first page: when one cursor at the latency seen would use less than
 * half the politeness budget (latency x requests/s >= 2), split it by districts into about as
 * many slices as fill the budget (at most `maxParts`), so they run side by side. The same
 * listings, sooner; a search whose count is known and too small to pay for the part pages is
 * left whole.
 */
export function splitForSpeed(
  job: CrawlJob,
  latencyMs: number,
  ratePerSecond: number,
  maxParts: number,
  now: number,
): CrawlJob {
  const shard = job.shards[0];
  if (job.shards.length !== 1 || !shard || shard.pages > 0) return job;
  const cursors = (latencyMs / 1000) * ratePerSecond;
  if (cursors < 2) return job;
  const wanted = Math.min(Math.round(cursors), maxParts);
  const bySize =
    shard.approx === undefined ? wanted : Math.floor(shard.approx / MIN_SLICE_FOR_SPEED);
  const parts = splitByDistrictsInto(job, shard, Math.min(wanted, bySize));
  if (!parts) return job;
  const uncounted = parts.map((p) => ({ ...p, countFromPage: true }));
  return withParts(job, 0, uncounted, false, now);
}

/** The index of the slice to fetch next, or -1 when every slice is done. */
export function nextShard(job: CrawlJob): number {
  return job.shards.findIndex((s) => !s.isDone);
}
