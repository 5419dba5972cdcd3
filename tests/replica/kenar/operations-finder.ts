/** Finder operations of the Kenar replica: public record, search (100 calls), user, user posts. */
import type { CorpusListing } from '../corpus/types.ts';
import { findCityBySlug, findDistrict } from '../data/place-lookup.ts';
import { rpc } from './errors.ts';
import { type OpContext, type Operation, roomsWord, userIdOf } from './operation.ts';
import { compact, finderRecord, placeOf, submittedRecord } from './records.ts';

/** Search calls an app may ever make. */
export const SEARCH_QUOTA = 100;
const SEARCH_LIMIT = 100;

type Range = { min?: string | number; max?: string | number } | undefined;

function inRange(value: number | undefined, range: Range): boolean {
  if (!range) return true;
  if (value === undefined) return false;
  return (
    (range.min === undefined || value >= Number(range.min)) &&
    (range.max === undefined || value <= Number(range.max))
  );
}

function matches(listing: CorpusListing, body: OpContext['body']): boolean {
  const place = placeOf(listing);
  const query = body.query ?? {};
  if (place.city !== body.city || listing.category !== body.category) return false;
  if (body.districts?.length && !body.districts.includes(findDistrict(listing.districtId)?.slug))
    return false;
  if (query.rooms?.length && !query.rooms.includes(roomsWord(listing.rooms))) return false;
  if (query.brand_model?.length && !query.brand_model.includes(listing.brandModel)) return false;
  if (query.only_with_parking && !listing.parking) return false;
  return (
    inRange(listing.size, query.size) &&
    inRange(listing.rent, query.rent) &&
    inRange(listing.credit, query.credit) &&
    inRange(listing.productionYear, query.production_year) &&
    inRange(listing.usage, query.usage)
  );
}

function searchItem(listing: CorpusListing) {
  const price = (value: number | undefined) =>
    value ? { mode: 'مقطوع', value: String(value) } : undefined;
  const realEstate =
    listing.category.startsWith('apartment') || listing.category.startsWith('house');
  return compact({
    token: listing.token,
    category: listing.category,
    city: placeOf(listing).city,
    title: listing.title,
    last_modified_at: new Date(Math.floor(listing.sortDateMicros / 1000)).toISOString(),
    price: price(listing.price),
    real_estate_fields: realEstate
      ? compact({
          size: listing.size,
          rooms: roomsWord(listing.rooms),
          floor: listing.floor,
          year: listing.yearBuilt,
          has_elevator: listing.elevator,
          has_parking: listing.parking,
          rent: price(listing.rent),
          credit: price(listing.credit),
        })
      : undefined,
    vehicles_fields: listing.usage ? { usage: String(listing.usage) } : undefined,
  });
}

/** The finder operations by operationId. */
export const FINDER_OPERATIONS: Record<string, Operation> = {
  Finder_GetPost: ({ replica, kenar, params }) => {
    const listing = replica.corpus.get(params.token ?? '');
    const own = kenar.posts.get(params.token ?? '');
    if (own?.deleted) throw rpc.notFound('post not found');
    if (own?.submittedAt !== undefined) return submittedRecord(own, replica.now());
    if (!listing) throw rpc.notFound('post not found');
    return finderRecord(listing, own);
  },
  Finder_SearchPostV2: ({ replica, app, body }) => {
    if (!app) throw rpc.unauthenticated('api key is missing');
    if (!body.city || !findCityBySlug(body.city))
      throw rpc.invalid('city: unknown or missing city slug');
    if (!body.category) throw rpc.invalid('category: missing category slug');
    if (app.searchUsed >= SEARCH_QUOTA)
      throw rpc.exhausted(`search post quota exhausted: ${SEARCH_QUOTA} calls per app lifetime`);
    app.searchUsed += 1;
    const posts = replica.corpus.listings.filter((l) => matches(l, body)).slice(0, SEARCH_LIMIT);
    return compact({ posts: posts.map(searchItem) });
  },
  Finder_GetUser: ({ grant }) =>
    compact({
      user_id: grant?.scopes.includes('USER_ID') ? userIdOf(grant.app, grant.phone) : undefined,
      phone_number: grant?.scopes.includes('USER_PHONE') ? grant.phone : undefined,
    }),
  Finder_GetUserIDByPhone: ({ app, body }) => {
    if (!/^09\d{9}$/.test(body.phone ?? '')) throw rpc.invalid('phone: expected 09xxxxxxxxx');
    return { user_id: userIdOf(app?.slug ?? '', body.phone) };
  },
  Finder_GetUserBusinesses: ({ kenar, grant }) =>
    compact({
      businesses: kenar.businesses
        .filter((b) => b.phone === grant?.phone)
        .map((b) => ({
          business_token: b.token,
          business_type: b.type,
          brand_name: b.brandName,
          user_role: b.role,
        })),
    }),
  Finder_GetUserPosts: ({ kenar, grant }) => {
    const posts = [...kenar.posts.values()].filter((p) => !p.deleted && p.phone === grant?.phone);
    return compact({
      posts: posts.map((p) =>
        compact({
          token: p.token,
          title: p.title,
          images: p.images,
          category: p.category,
          is_phone_hidden: p.hidePhone,
        }),
      ),
    });
  },
};
