/**
 * Kenar's views of the replica's corpus: the public finder record of a listing, the owner's
 * general data, 7-day stats, the demo user's own posts, and a finder search over the corpus.
 */

import type { CorpusListing } from '../corpus/types.ts';
import { CATEGORIES } from '../data/categories.ts';
import { findCity, findDistrict } from '../data/place-lookup.ts';
import type { ReplicaState } from '../server/state.ts';
import type { Business, KenarState, OwnPost } from './state.ts';

/** The demo user's phone; the first three Tehran apartment-sell listings are theirs. */
export const DEMO_PHONE = '09120000001';

/** The demo user's businesses: a personal account and a real-estate agency they own. */
export const DEMO_BUSINESSES: Business[] = [
  {
    token: 'bPersonal01',
    phone: DEMO_PHONE,
    type: 'PERSONAL',
    brandName: 'سارا احمدی',
    role: 'ROLE_OWNER',
  },
  {
    token: 'bAftab0001',
    phone: DEMO_PHONE,
    type: 'REAL_ESTATE_BUSINESS',
    brandName: 'مشاور املاک آفتاب',
    role: 'ROLE_OWNER',
  },
];

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
    // The fields the category's schema requires, as a post made on divar has them.
    categoryData: compact({
      size: listing.size,
      rooms: listing.rooms === undefined ? undefined : String(Math.min(listing.rooms, 4)),
    }),
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
      images: own ? own.images.map(imageUrlOf) : listing.images.map((image) => image.url),
      price: price ? { mode: 'مقطوع', value: price } : undefined,
      size: listing.size,
      rooms: listing.rooms,
    }),
  });
}

/** Where the CDN shows an uploaded image path (the upload answers name the same URL). */
export const IMAGE_CDN = 'https://s100.divarcdn.com/static/photo/neda/post';

/** The CDN URL of an image path. */
export const imageUrlOf = (path: string) => `${IMAGE_CDN}/${path}`;

/** `finderGetPostResponse` of a post submitted through Kenar (not in the corpus). */
export function submittedRecord(own: OwnPost, now: number) {
  const published = own.state === 'POST_STATE_PUBLISHED';
  return compact({
    token: own.token,
    category: own.category,
    city: own.city,
    district: own.district,
    chat_enabled: own.chatEnabled,
    is_phone_hidden: own.hidePhone,
    state: published ? 'PUBLISHED' : 'PAYMENT_REQ',
    last_modified_at: new Date(own.submittedAt ?? now).toISOString(),
    data: compact({
      title: own.title,
      description: own.description,
      images: own.images.map(imageUrlOf),
      ...own.categoryData,
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
