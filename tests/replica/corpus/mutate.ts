/**
 * Test-only changes to a running replica's corpus, for "watch" features: add a listing (it becomes
 * the newest, so it tops every search it matches) and change a listing's price (cards, posts-v2,
 * search filters and counts all read the same facts). `reset` undoes both.
 */
import { findCity, findDistrict } from '../data/place-lookup.ts';
import { createRng } from '../util/rng.ts';
import { drawListing } from './generate.ts';
import { type ListingPatch, ListingPatchSchema } from './listing-patch.ts';
import type { CorpusListing, MutableCorpus } from './types.ts';

/** A mutation the corpus refuses: 400 (bad input) or 404 (unknown token). */
export class CorpusMutationError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
    this.name = 'CorpusMutationError';
  }
}

/** The result of a price change. */
export interface PriceChange {
  token: string;
  price: number;
  previousPrice: number | undefined;
}

/** Corpus mutations (in process as `replica.mutate`, over HTTP under `/__replica/corpus/`). */
export interface CorpusMutator {
  /** Adds a listing dated "now" (newest of all); unspecified facts are drawn from a seeded RNG. */
  addListing(patch?: ListingPatch): CorpusListing;
  /** Sets the price (Toman) of a generated listing that shows one (not rent, not jobs). */
  setPrice(token: string, toman: number): PriceChange;
  /** Removes added listings and restores changed prices. */
  reset(): void;
}

const BUMP_TAGS = new Set(['نردبان شده', 'پله شده']);

/** Creates the mutator; `now()` is the replica's clock (ms). */
export function createCorpusMutator(corpus: MutableCorpus, now: () => number): CorpusMutator {
  let rng = createRng(corpus.seed ^ 0xadd);
  const added: string[] = [];
  const originalPrices = new Map<string, number | undefined>();
  const bad = (message: string) => new CorpusMutationError(400, message);
  return {
    addListing: (input = {}) => {
      const parsed = ListingPatchSchema.safeParse(input);
      if (!parsed.success) throw bad(`invalid listing: ${parsed.error.message}`);
      const patch = parsed.data;
      const district = patch.districtId === undefined ? undefined : findDistrict(patch.districtId);
      if (patch.districtId !== undefined && district === undefined)
        throw bad(`unknown district ${patch.districtId}`);
      const cityId = patch.cityId ?? district?.cityId ?? 1;
      if (district !== undefined && district.cityId !== cityId)
        throw bad(`district ${district.id} is not in city ${cityId}`);
      if (findCity(cityId) === undefined) throw bad(`the replica has no city ${cityId}`);
      if (patch.token !== undefined && corpus.get(patch.token) !== undefined)
        throw bad(`token ${patch.token} is taken`);
      const taken = new Set(corpus.listings.map((l) => l.token));
      const index = corpus.listings.length;
      const pins = { cityId, districtId: district?.id, category: patch.category };
      const drawn = drawListing(rng, index, corpus.now, taken, pins);
      const newest = corpus.listings[0]?.sortDateMicros ?? 0;
      const sortDateMicros = Math.max(Math.floor(now() * 1000), newest + 1);
      const listing: CorpusListing = {
        ...drawn,
        redTags: drawn.redTags.filter((tag) => !BUMP_TAGS.has(tag)),
        ...patch,
        ...(patch.brandModel ? { brand: patch.brandModel.split(' ')[0] } : {}),
        cityId,
        source: 'generated',
        sortDateMicros,
        publishedAt: Math.floor(sortDateMicros / 1000),
      };
      corpus.insert(listing);
      added.push(listing.token);
      return structuredClone(listing);
    },
    setPrice: (token, toman) => {
      const listing = corpus.get(token);
      if (listing === undefined) throw new CorpusMutationError(404, `no listing ${token}`);
      if (listing.source === 'sample') throw bad(`${token} is a real sample, served verbatim`);
      if (listing.category === 'apartment-rent' || listing.jobType !== undefined)
        throw bad(`${token} (${listing.category}) shows no price`);
      if (!Number.isInteger(toman) || toman < 0) throw bad('price must be a whole Toman amount');
      if (!originalPrices.has(token)) originalPrices.set(token, listing.price);
      const previousPrice = listing.price;
      listing.price = toman;
      return { token, price: toman, previousPrice };
    },
    reset: () => {
      for (const token of added.splice(0)) corpus.remove(token);
      for (const [token, price] of originalPrices) {
        const listing = corpus.get(token);
        if (listing) listing.price = price;
      }
      originalPrices.clear();
      rng = createRng(corpus.seed ^ 0xadd);
    },
  };
}
