import { numberRange, repeatedString } from '../divar/form-data';
import type { SearchBody } from '../divar/search-body';
import type { CrawlJob, Shard } from './types';

/** Highest band edge when a search has no price bound of its own (toman). */
const TOP_PRICE = 1e13;

/** The key a search is split on by price: deposit for rentals, price otherwise. */
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

const emptyShard = (patch: Shard['patch']): Shard => ({ patch, pages: 0, found: 0, isDone: false });

function splitByDistricts(shard: Shard, pool: string[], parts = 2): Shard[] {
  const size = Math.ceil(pool.length / Math.min(parts, pool.length));
  const groups = Array.from({ length: Math.ceil(pool.length / size) }, (_, i) =>
    pool.slice(i * size, (i + 1) * size),
  );
  return groups.map((districts) => ({
    ...emptyShard({ ...shard.patch, districts: repeatedString(districts) }),
    districts,
  }));
}

function splitByPrice(base: SearchBody, shard: Shard): Shard[] | undefined {
  const { key, min, max } = bandOf(base, shard);
  if (max - min < 2) return undefined;
  // Prices spread over orders of magnitude: cut at the geometric middle (from 10,000 toman up).
  const middle = Math.floor(Math.sqrt(Math.max(min, 1e4) * Math.max(max, 1e4)));
  const cut = Math.min(Math.max(middle, min), max - 1);
  return [
    [min, cut],
    [cut + 1, max],
  ].map(([lo = 0, hi = 0]) => ({
    ...emptyShard({ ...shard.patch, [key]: numberRange(String(lo), String(hi)) }),
    band: { key, min: lo, max: hi },
    ...(shard.districts ? { districts: shard.districts } : {}),
  }));
}

/**
 * Splits a slice that divar caps in two: by districts first (every listing has one, priced or
 * not), then, within a single district, by price bands (which miss listings without a price).
 */
export function splitShard(job: CrawlJob, shard: Shard): Shard[] | undefined {
  const pool = shard.districts ?? (shard.band ? undefined : job.districtPool);
  if (pool && pool.length > 1) return splitByDistricts(shard, pool);
  return splitByPrice(job.body, shard);
}

/**
 * Splits a slice into about `parts` district groups at once (to run them side by side, not
 * because of the cap); undefined when it has no districts to split by. Every listing has a
 * district, so the slices together hold exactly the listings of the whole.
 */
export function splitByDistrictsInto(
  job: CrawlJob,
  shard: Shard,
  parts: number,
): Shard[] | undefined {
  const pool = shard.districts ?? (shard.band ? undefined : job.districtPool);
  if (!pool || pool.length < 2 || parts < 2) return undefined;
  return splitByDistricts(shard, pool, parts);
}
