import { numberRange } from '../divar/form-data';
import type { SearchBody } from '../divar/search-body';
import type { CrawlJob, Shard } from './types';

/** What one fetched search page contributed, as the crawl logic needs it. */
export interface PageOutcome {
  /** Tokens of real results on the page (recommendations excluded). */
  tokens: string[];
  recommendations: number;
  /** `pagination.data` to echo for the next page. */
  cursor: Record<string, unknown> | undefined;
  hasNextPage: boolean;
  /** divar switched to "similar posts": real results are over. */
  reachedRecommendations: boolean;
}

/** Highest band edge when a search has no price bound of its own (toman). */
const TOP_PRICE = 1e13;

/** The body for the next page of a shard: base filters, the shard's band, its cursor. */
export function bodyForShard(base: SearchBody, shard: Shard): SearchBody {
  const data = { ...base.search_data.form_data.data, ...shard.patch };
  return {
    ...base,
    search_data: { ...base.search_data, form_data: { data } },
    ...(shard.cursor ? { pagination_data: shard.cursor } : {}),
  };
}

/** The key a search is split on past the depth cap: deposit for rentals, price otherwise. */
export function splitKeyOf(base: SearchBody): string {
  const category =
    (base.search_data.form_data.data.category as { str?: { value: string } } | undefined)?.str
      ?.value ?? '';
  return /rent/.test(category) && !/car|rental/.test(category) ? 'credit' : 'price';
}

function bandOf(base: SearchBody, shard: Shard) {
  if (shard.band) return shard.band;
  const key = splitKeyOf(base);
  const range = (
    base.search_data.form_data.data[key] as
      | { number_range?: { minimum?: string; maximum?: string } }
      | undefined
  )?.number_range;
  return { key, min: Number(range?.minimum ?? 0), max: Number(range?.maximum ?? TOP_PRICE) };
}

/** Splits a shard's band in two (geometric middle, as prices spread over orders of magnitude). */
export function splitShard(base: SearchBody, shard: Shard): Shard[] | undefined {
  const { key, min, max } = bandOf(base, shard);
  if (max - min < 2) return undefined;
  const middle = min <= 0 ? Math.floor(max / 16) : Math.floor(Math.sqrt(min * max));
  const cut = Math.min(Math.max(middle, min), max - 1);
  return [
    [min, cut],
    [cut + 1, max],
  ].map(([lo = 0, hi = 0]) => ({
    patch: { ...shard.patch, [key]: numberRange(String(lo), String(hi)) },
    band: { key, min: lo, max: hi },
    pages: 0,
    found: 0,
    isDone: false,
  }));
}

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
  shard.found += newListings;
  shard.cursor = outcome.cursor;
  const isOver = outcome.reachedRecommendations || !outcome.hasNextPage || !outcome.cursor;
  if (isOver) {
    shard.isDone = true;
    shard.hitCap = shard.approx !== undefined && shard.found < shard.approx * 0.98;
    const parts = shard.hitCap ? splitShard(job.body, shard) : undefined;
    if (parts) shards.push(...parts);
  }
  const progress = {
    ...job.progress,
    pages: job.progress.pages + 1,
    listings: job.progress.listings + newListings,
    recommendationsSkipped: job.progress.recommendationsSkipped + outcome.recommendations,
    shards: shards.length,
    shardsDone: shards.filter((s) => s.isDone).length,
  };
  const isDone = shards.every((s) => s.isDone);
  const total = progress.approximateTotal;
  return {
    ...job,
    shards,
    progress,
    updatedAt: now,
    status: isDone ? 'done' : job.status,
    ...(isDone && total ? { coverage: Math.min(1, progress.listings / total) } : {}),
  };
}

/** The index of the slice to fetch next, or -1 when every slice is done. */
export function nextShard(job: CrawlJob): number {
  return job.shards.findIndex((s) => !s.isDone);
}
