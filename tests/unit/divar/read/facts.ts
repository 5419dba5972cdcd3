/** Reading any divar answer the way the extension does, down to the facts the drift tests compare. */
import { listingFromLegacyPost } from '@/lib/divar/listing/legacy';
import { listingFromPost } from '@/lib/divar/listing/post';
import { listingsFromSearchResponse } from '@/lib/divar/listing/search';
import type { Listing } from '@/lib/divar/listing/types';
import { readLegacyAnswer, readPostAnswer, readSearchAnswer } from '@/lib/divar/read/answers';

/** The kinds of answer a sample can be. */
export type AnswerKind = 'search' | 'post' | 'legacy-post';

/** The facts every drift test compares, per listing. */
export const FACTS = [
  'title',
  'price',
  'deposit',
  'monthlyRent',
  'size',
  'rooms',
  'floor',
  'yearBuilt',
  'district',
  'city',
  'category',
  'latitude',
  'longitude',
  'imageCount',
  'isNegotiable',
] as const;

/** One listing's facts by name (undefined where divar said nothing). */
export type Facts = Record<(typeof FACTS)[number], unknown>;

function factsOf(listing: Listing): Facts {
  const facts = {} as Facts;
  for (const name of FACTS) {
    if (name === 'latitude' || name === 'longitude') facts[name] = listing.location?.[name];
    else facts[name] = listing[name];
  }
  return facts;
}

/** The listings of an answer, results then recommendations, as the extension reads them. */
export function readListings(kind: AnswerKind, json: unknown, token?: string): Listing[] {
  if (kind === 'search') {
    const read = readSearchAnswer(json);
    if (!read.ok) throw new Error(`search refused: ${read.path}: ${read.expected}`);
    const { listings, recommendations } = listingsFromSearchResponse(read.data);
    return [...listings, ...recommendations];
  }
  if (kind === 'post') {
    const read = readPostAnswer(json, token);
    if (!read.ok) throw new Error(`post refused: ${read.path}: ${read.expected}`);
    return [listingFromPost(read.data)];
  }
  const read = readLegacyAnswer(json);
  if (!read.ok) throw new Error(`legacy post refused: ${read.path}: ${read.expected}`);
  return [listingFromLegacyPost(read.data)];
}

/** Tokens in order, and each token's facts. */
export function factsByToken(listings: Listing[]): { tokens: string[]; facts: Map<string, Facts> } {
  return {
    tokens: listings.map((l) => l.token),
    facts: new Map(listings.map((l) => [l.token, factsOf(l)])),
  };
}
