/** The in-memory listing store behind a corpus: newest first, looked up by token, changeable by tests. */
import type { CorpusListing, MutableCorpus } from './types.ts';

/** Wraps listings (any order) as a corpus sorted newest first. */
export function createCorpusStore(
  seed: number,
  now: number,
  initial: CorpusListing[],
): MutableCorpus {
  const listings = [...initial].sort((a, b) => b.sortDateMicros - a.sortDateMicros);
  const byToken = new Map(listings.map((listing) => [listing.token, listing]));
  return {
    seed,
    now,
    listings,
    get: (token) => byToken.get(token),
    insert: (listing) => {
      const at = listings.findIndex((other) => other.sortDateMicros < listing.sortDateMicros);
      listings.splice(at < 0 ? listings.length : at, 0, listing);
      byToken.set(listing.token, listing);
    },
    remove: (token) => {
      const at = listings.findIndex((listing) => listing.token === token);
      if (at >= 0) listings.splice(at, 1);
      byToken.delete(token);
    },
  };
}
