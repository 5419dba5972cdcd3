import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listingFromPost } from '@/lib/divar/listing/post';
import { listingsFromSearchResponse, type SearchListings } from '@/lib/divar/listing/search';
import type { Listing } from '@/lib/divar/listing/types';
import { postDetailSchema } from '@/lib/divar/schemas/post-detail';
import { type SearchResponse, searchResponseSchema } from '@/lib/divar/schemas/search-response';
import {
  type CorpusListing,
  createReplicaFetch,
  type Replica,
  startReplica,
} from '../../../replica/index.ts';

// One page of real results, then the replica's two "آگهی‌های مشابه" pages, then the empty page.
let replica: Replica;
const pages: SearchListings[] = [];
const posts = new Map<string, Listing>();

beforeAll(async () => {
  replica = await startReplica({ seed: 1405, maxPages: 1, pageSize: 40, recommendationPages: 2 });
  const fetch = createReplicaFetch(replica);
  let cursor: unknown;
  for (let page = 0; page < 6; page++) {
    const body = { city_ids: ['1'], search_data: { form_data: { data: {} } } };
    const response = await fetch('https://api.divar.ir/v8/postlist/w/search', {
      method: 'POST',
      body: JSON.stringify(cursor ? { ...body, pagination_data: cursor } : body),
    });
    const parsed: SearchResponse = searchResponseSchema.parse(await response.json());
    pages.push(listingsFromSearchResponse(parsed));
    if (!parsed.pagination?.has_next_page) break;
    cursor = parsed.pagination?.data;
  }
  for (const listing of pages.flatMap((page) => [...page.listings, ...page.recommendations])) {
    const response = await fetch(`https://api.divar.ir/v8/posts-v2/web/${listing.token}`);
    posts.set(listing.token, listingFromPost(postDetailSchema.parse(await response.json())));
  }
}, 60_000);

afterAll(async () => {
  await replica?.close();
});

const corpusOf = (listing: Listing): CorpusListing => {
  const entry = replica.corpus.get(listing.token);
  if (!entry) throw new Error(`${listing.token} is not in the corpus`);
  return entry;
};

const AMOUNT_FIELDS = ['price', 'deposit', 'monthlyRent', 'isNegotiable', 'mileageKm'] as const;

/** What a card must say about a corpus listing, by category (see the replica's card texts). */
function expectedCard(c: CorpusListing): Partial<Listing> {
  const negotiable = { isNegotiable: true };
  if (c.category === 'apartment-rent') {
    // An unknown amount is written "توافقی" on the card.
    const isNegotiable =
      c.credit === undefined || c.rent === undefined ? { isNegotiable: true } : {};
    return { deposit: c.credit, monthlyRent: c.rent, ...isNegotiable };
  }
  if (c.jobType !== undefined) return c.salary === undefined ? negotiable : { price: c.salary };
  const price = c.price === undefined ? negotiable : { price: c.price };
  return c.usage === undefined ? price : { ...price, mileageKm: c.usage };
}

describe('a replica search, normalised', () => {
  it('separates results from recommendations and understands every widget', () => {
    expect(pages.map((page) => [page.listings.length, page.recommendations.length])).toEqual([
      [40, 0],
      [0, 40],
      [0, 40],
      [0, 0],
    ]);
    expect(pages.flatMap((page) => page.unknown)).toEqual([]);
  });

  it('reads every card as the corpus says: price or deposit/rent, mileage, tags, seller, date', () => {
    for (const listing of pages.flatMap((page) => [...page.listings, ...page.recommendations])) {
      const c = corpusOf(listing);
      expect(listing).toMatchObject({ category: c.category, title: c.title, tags: c.redTags });
      const expected = expectedCard(c);
      for (const field of AMOUNT_FIELDS)
        expect(listing[field], `${listing.token} ${field}`).toBe(expected[field]);
      expect(listing.sellerType).toBe(
        c.businessType === 'real-estate-business' ? 'real-estate-business' : undefined,
      );
      expect(listing.sellerName).toBe(
        c.businessType === 'premium-panel' ? c.agencyName : undefined,
      );
      expect(listing.imageCount).toBe(c.images.length > 0 ? c.images.length : undefined);
      expect(Date.parse(listing.sortDate ?? '')).toBe(Math.floor(c.sortDateMicros / 1000));
      expect(listing.district).toBeTruthy();
      expect(listing.unknownWidgets).toEqual([]);
    }
    for (const listing of pages[0]?.listings ?? []) expect(listing.cityId).toBe('1');
  });

  it('reads every post as the corpus says, and agrees with its card', () => {
    const cards = pages.flatMap((page) => [...page.listings, ...page.recommendations]);
    for (const card of cards) {
      const c = corpusOf(card);
      const post = posts.get(card.token);
      if (!post || c.source === 'sample') continue;
      for (const field of AMOUNT_FIELDS)
        expect(post[field], `${card.token} ${field}`).toBe(card[field]);
      expect(post).toMatchObject({ title: c.title, category: c.category, district: card.district });
      expect(post).toMatchObject({ cityId: String(c.cityId), districtId: String(c.districtId) });
      expect(post).toMatchObject({ sellerType: c.businessType, hasChat: c.chatEnabled });
      // Divar's dates have minute precision, in Tehran time.
      expect(post.publishedAt).toBe(
        new Date(Math.floor(c.publishedAt / 60_000) * 60_000).toISOString(),
      );
      if (c.category.startsWith('apartment') || c.category === 'house-villa-sell') {
        expect(post).toMatchObject({ size: c.size, rooms: c.rooms, yearBuilt: c.yearBuilt });
        expect(post).toMatchObject({ hasElevator: c.elevator, hasParking: c.parking });
        expect(post).toMatchObject({ hasStorage: c.warehouse, hasBalcony: c.balcony });
        expect(post.floor).toBe(c.floor);
        expect(post.location?.latitude).toBeCloseTo(c.lat, 1);
      }
      const unknown = new Set(post.unknownWidgets.map((widget) => widget.widgetType));
      expect([...unknown].filter((type) => type !== 'LAZY_SECTION')).toEqual([]);
    }
  });
});
