import type { Listing } from '../divar/listing/types';
import type { Job } from '../jobs/types';

/** Which amount of a listing changed. */
export type AmountKey = 'price' | 'deposit' | 'monthlyRent';

/** A listing found by both runs with another amount: old, new and the percentage. */
export interface ChangedListing {
  token: string;
  amount: AmountKey;
  from: number;
  to: number;
  percent: number;
}

/** What changed since the same search was last fetched. */
export interface JobChanges {
  previousJobId: string;
  previousAt: number;
  /** Tokens of this run the last one did not have. */
  added: string[];
  /** Listings of the last run this one did not find (their cards as the last run read them). */
  removed: Listing[];
  changed: ChangedListing[];
}

const AMOUNTS: AmountKey[] = ['price', 'deposit', 'monthlyRent'];

/** The first amount both listings state that differs, if any. */
export function amountChange(before: Listing, after: Listing): ChangedListing | undefined {
  for (const amount of AMOUNTS) {
    const [from, to] = [before[amount], after[amount]];
    if (!from || !to || from === to) continue;
    const percent = Math.round(((to - from) / from) * 1000) / 10;
    return { token: after.token, amount, from, to, percent };
  }
  return undefined;
}

/** Added, removed and re-priced listings between two runs of a search (pure). */
export function diffRuns(
  previous: Listing[],
  current: Listing[],
): Pick<JobChanges, 'added' | 'removed' | 'changed'> {
  const before = new Map(previous.map((l) => [l.token, l]));
  const now = new Set(current.map((l) => l.token));
  const added: string[] = [];
  const changed: ChangedListing[] = [];
  for (const listing of current) {
    const old = before.get(listing.token);
    if (!old) added.push(listing.token);
    else {
      const change = amountChange(old, listing);
      if (change) changed.push(change);
    }
  }
  const removed = previous.filter((l) => !now.has(l.token));
  return { added, removed, changed };
}

const sameSearch = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];

/** The latest earlier finished run of the same search URL, if any. */
export function previousRun(jobs: Job[], job: Job): Job | undefined {
  return jobs
    .filter(
      (other) =>
        other.id !== job.id &&
        other.status === 'done' &&
        other.createdAt < job.createdAt &&
        sameSearch(other.url, job.url),
    )
    .sort((a, b) => b.createdAt - a.createdAt)[0];
}

/** Whether a run saw the whole search (finished, no slice cut short by divar's depth cap). */
export const isFullRun = (job: Job) => job.status === 'done' && !job.shards.some((s) => s.hitCap);
