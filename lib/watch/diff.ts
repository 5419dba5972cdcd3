import type { Listing } from '../divar/listing/types';
import type { Amounts, SeenEntry, SeenMap, WatchHit } from './types';

/** Most listings a watched search remembers; the longest unseen are forgotten first. */
export const MAX_SEEN = 500;
/** Listings not on the pages read for this long are forgotten, ms (30 days). */
export const SEEN_MAX_AGE_MS = 30 * 24 * 3_600_000;

const AMOUNT_KEYS = ['price', 'deposit', 'monthlyRent'] as const;

/** The amounts of a listing a price drop is judged on (only the ones divar gave). */
export function amountsOf(listing: Amounts): Amounts {
  const out: Amounts = {};
  for (const key of AMOUNT_KEYS) {
    const value = listing[key];
    if (value !== undefined && value > 0) out[key] = value;
  }
  return out;
}

/** Whether some amount went down and none went up (a rent traded for deposit is no drop). */
export function isPriceDrop(before: Amounts, after: Amounts): boolean {
  let isLower = false;
  for (const key of AMOUNT_KEYS) {
    const [was, is] = [before[key], after[key]];
    if (was === undefined || is === undefined) continue;
    if (is > was) return false;
    if (is < was) isLower = true;
  }
  return isLower;
}

/** What one check found, and what the search remembers afterwards. */
export interface DiffResult {
  hits: WatchHit[];
  seen: SeenMap;
}

/**
 * Compares the listings one check read with what the search saw before: unknown tokens are new
 * listings, known ones with a lower price are price drops. A token this search never saw but the
 * listing history knows (`elsewhere`: seen in a crawl, another watch or on a divar page) is a
 * price drop when its amount went down since. A baseline check records everything and reports
 * nothing. `seen` is returned updated (not pruned) and is never mutated.
 */
export function diffListings(
  seen: SeenMap,
  listings: Listing[],
  now: number,
  isBaseline: boolean,
  elsewhere: ReadonlyMap<string, Amounts> = new Map(),
): DiffResult {
  const next: SeenMap = { ...seen };
  const hits: WatchHit[] = [];
  const done = new Set<string>();
  for (const listing of listings) {
    if (done.has(listing.token)) continue; // the same card twice in one check
    done.add(listing.token);
    const before = seen[listing.token] ?? elsewhere.get(listing.token);
    const isNew = !seen[listing.token] && !(before && isPriceDrop(before, amountsOf(listing)));
    const amounts = amountsOf(listing);
    next[listing.token] = { ...amounts, at: now } satisfies SeenEntry;
    if (isBaseline) continue;
    const { token, url, title } = listing;
    const place = listing.district ? { district: listing.district } : {};
    if (isNew) hits.push({ kind: 'new', token, url, title, ...place, at: now, ...amounts });
    else if (before && isPriceDrop(before, amounts))
      hits.push({
        kind: 'price-drop',
        token,
        url,
        title,
        ...place,
        at: now,
        ...amounts,
        previous: amountsOf(before),
      });
  }
  return { hits, seen: next };
}

/**
 * Forgets listings not seen for SEEN_MAX_AGE_MS, then keeps the `max` most recently seen, so a
 * search's memory stays bounded however long it is watched.
 */
export function pruneSeen(seen: SeenMap, now: number, max = MAX_SEEN): SeenMap {
  const fresh = Object.entries(seen).filter(([, entry]) => now - entry.at <= SEEN_MAX_AGE_MS);
  fresh.sort(([, a], [, b]) => b.at - a.at);
  return Object.fromEntries(fresh.slice(0, max));
}

/** Whether none of the listings was seen before: the new ones may go on past this page. */
export function isAllUnseen(seen: SeenMap, listings: Listing[]): boolean {
  return listings.length > 0 && listings.every((listing) => seen[listing.token] === undefined);
}
