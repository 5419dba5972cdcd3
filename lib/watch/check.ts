import type { Listing } from '../divar/listing/types';
import { describeSearch } from '../divar/search-info';
import { type ErrorInfo, toErrorInfo } from '../errors';
import { diffListings } from './diff';
import { readFirstPages, type SearchPage } from './read-pages';
import { afterHold, holdFor, isBrokenBy, nextCheckAt } from './schedule';
import type { Amounts, SeenMap, WatchedSearch, WatchHit, WatchHold } from './types';

/** What one check of a watched search came to. */
export type CheckResult =
  | { kind: 'checked'; at: number; hits: WatchHit[]; seen: SeenMap; pages: number }
  | { kind: 'broken'; at: number; error: ErrorInfo }
  | { kind: 'held'; at: number; hold: WatchHold }
  | { kind: 'failed'; at: number; error: ErrorInfo };

/** The listing history as a check uses it: what it knew of tokens, and what the check read. */
export interface CheckHistory {
  amounts(tokens: string[]): Promise<ReadonlyMap<string, Amounts>>;
  record(listings: Listing[], source: 'watch'): Promise<unknown>;
}

/** What a check needs: the shared search client, what the search saw before, time. */
export interface CheckDeps {
  search: SearchPage;
  now(): number;
  /** The shared listing history, so a drop of a listing seen anywhere is noticed. */
  history?: CheckHistory;
}

/**
 * Checks one watched search: reads its first page(s) and compares them with `seen` (a first
 * check only records a baseline). A URL that no longer reads or a 400 from divar breaks the
 * search; a 429 or captcha holds all watching; other failures are retried later, slower.
 */
export async function runCheck(
  search: WatchedSearch,
  seen: SeenMap,
  deps: CheckDeps,
): Promise<CheckResult> {
  const info = describeSearch(search.url, undefined);
  if (!info.ok) {
    const message = info.errors.map((e) => e.message).join('; ');
    return { kind: 'broken', at: deps.now(), error: { kind: 'bad-search-url', message } };
  }
  const isBaseline = !search.hasBaseline;
  try {
    const read = await readFirstPages(deps.search, info.body, seen, isBaseline);
    // What the history knew before this check, then what this check read goes into it.
    const elsewhere = await deps.history
      ?.amounts(read.listings.map((l) => l.token))
      .catch(() => undefined);
    void deps.history?.record(read.listings, 'watch');
    const at = deps.now();
    return {
      kind: 'checked',
      at,
      pages: read.pages,
      ...diffListings(seen, read.listings, at, isBaseline, elsewhere),
    };
  } catch (thrown) {
    const at = deps.now();
    const error = toErrorInfo(thrown);
    if (isBrokenBy(error)) return { kind: 'broken', at, error };
    const hold = holdFor(error, at);
    return hold ? { kind: 'held', at, hold } : { kind: 'failed', at, error };
  }
}

/**
 * The watched search after a check (pure): the user's latest edits in `search` are kept, the
 * check's facts are written over them, and the next check is planned (none once broken).
 */
export function applyCheck(
  search: WatchedSearch,
  result: CheckResult,
  random: () => number,
): WatchedSearch {
  const { lastError: _lastError, broken: _broken, nextCheckAt: _next, ...rest } = search;
  const base = { ...rest, lastCheckAt: result.at };
  switch (result.kind) {
    case 'checked':
      return {
        ...base,
        hasBaseline: true,
        failures: 0,
        unseen: search.unseen + result.hits.length,
        nextCheckAt: nextCheckAt(result.at, search.intervalMinutes, random),
      };
    case 'broken':
      return {
        ...base,
        broken: { kind: result.error.kind, message: result.error.message, at: result.at },
      };
    case 'held':
      return { ...base, ...kept(search), nextCheckAt: afterHold(result.hold, random) };
    case 'failed': {
      const failures = search.failures + 1;
      const { kind, message } = result.error;
      return {
        ...base,
        failures,
        lastError: { kind, message },
        nextCheckAt: nextCheckAt(result.at, search.intervalMinutes, random, failures),
      };
    }
  }
}

// A hold is divar's mood, not this search's fault: its last error stays as it was.
const kept = (search: WatchedSearch) => (search.lastError ? { lastError: search.lastError } : {});
