/**
 * Kenar's views of the replica's corpus: the public finder record of a listing, the owner's
 * general data, 7-day stats, the demo user's own posts, and a finder search over the corpus.
 */

import type { CorpusListing } from '../corpus/types.ts';
import { CATEGORIES } from '../data/categories.ts';
import { findCity, findDistrict } from '../data/place-lookup.ts';
import type { ReplicaState } from '../server/state.ts';
import type { KenarState, OwnPost } from './state.ts';

/** The demo user's phone; the first three Tehran apartment-sell listings are theirs. */
export const DEMO_PHONE = '09120000001';

/** Drops zero values, as proto3 JSON does. */
export function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, v]) =>
        v !== undefined &&
        v !== false &&
        v !== 0 &&
        v !== '' &&
        !(Array.isArray(v) && v.length === 0),
    ),
  ) as Partial<T>;
}

/** City and district slugs of a listing. */
export function placeOf(listing: CorpusListing): { city: string; district?: string } {
  return {
    city: findCity(listing.cityId)?.slug ?? 'tehran',
    district: findDistrict(listing.districtId)?.slug,
  };
}

/** An own post made from a corpus listing. */
export function ownPostFrom(listing: CorpusListing, phone: string): OwnPost {
  return {
    token: listing.token,
    phone,
    title: listing.title,
    description: listing.description,
    category: listing.category,
    ...placeOf(listing),
    images: listing.images.map((_image, i) => `${listing.token}/${i + 1}.jpg`),
    state: 'POST_STATE_PUBLISHED',
    expired: false,
    deleted: false,
    categoryData: listing.size ? { size: listing.size } : {},
    chatEnabled: listing.chatEnabled,
    hidePhone: listing.contactMethod === 'CHAT',
  };
}

/** Gives the demo user the three newest generated Tehran apartment-sell listings. */
export function seedDemoPosts(replica: ReplicaState, state: KenarState): void {
  const mine = replica.corpus.listings
    .filter((l) => l.source === 'generated' && l.cityId === 1 && l.category === 'apartment-sell')
    .slice(0, 3);
  for (const listing of mine) state.posts.set(listing.token, ownPostFrom(listing, DEMO_PHONE));
}

/** `finderGetPostResponse` of a listing, with the owner's edits applied. */
export function finderRecord(listing: CorpusListing, own: OwnPost | undefined) {
  const place = placeOf(listing);
  const price = listing.price ?? listing.credit;
  return compact({
    token: listing.token,
    category: listing.category,
    city: place.city,
    district: place.district,
    chat_enabled: listing.chatEnabled,
    state: own?.state === 'POST_STATE_WAITING_FOR_PAYMENT' ? 'PAYMENT_REQ' : 'PUBLISHED',
    first_published_at: new Date(listing.publishedAt).toISOString(),
    last_modified_at: new Date(Math.floor(listing.sortDateMicros / 1000)).toISOString(),
    business_data:
      listing.businessType === 'personal'
        ? undefined
        : { business_name: listing.agencyName ?? 'مشاور املاک', business_type: 'REAL_ESTATE' },
    data: compact({
      title: own?.title ?? listing.title,
      description: own?.description ?? listing.description,
      images: listing.images.map((image) => image.url),
      price: price ? { mode: 'مقطوع', value: price } : undefined,
      size: listing.size,
      rooms: listing.rooms,
    }),
  });
}

/** `postPostGeneralData` of an own post, as the owner sees it. */
export function generalData(post: OwnPost) {
  return compact({
    category_slug: post.category,
    title: post.title,
    description: post.description,
    images: post.images,
    city: post.city,
    district: post.district,
    location_type: 'LOCATION_TYPE_APPROXIMATE',
    hide_phone: post.hidePhone,
    chat_enabled: post.chatEnabled,
  });
}

function series(token: string, salt: number, scale: number, now: number) {
  const daily = [];
  let total = 0;
  for (let day = 6; day >= 0; day -= 1) {
    const code = [...token].reduce((sum, c) => sum + c.charCodeAt(0) * (day + salt), 0);
    const count = day === 3 ? 0 : (code % scale) + (6 - day); // one quiet day: zero is omitted
    total += count;
    const date = new Date(now - day * 86_400_000).toISOString().slice(0, 10);
    daily.push(compact({ date, count }));
  }
  return compact({ total, daily });
}

/** `postGetPostStatsResponse`: deterministic per token, dated back from the replica's clock. */
export function statsOf(token: string, now: number) {
  return {
    views: series(token, 3, 40, now),
    impressions: series(token, 7, 300, now),
    chats: series(token, 11, 4, now),
  };
}

/** Leaf categories as Kenar's asset list names them. */
export const LEAF_CATEGORIES = CATEGORIES.filter(
  (c) => !CATEGORIES.some((other) => other.parent === c.slug),
);
