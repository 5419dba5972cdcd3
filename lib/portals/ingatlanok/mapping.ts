import type { PushChoices } from '../choices';
import type { PortalListing } from '../listing';
import { type MappingResult, type MissingField, shortValue } from '../mapping';
import { type PropertyBody, propertyBody } from './schemas';
import { transferIdOf } from './transfer-id';

type PropertyType = PropertyBody['property']['type'];

// divar category slug (without -sell/-rent) → the portal's type; guessed names, see schemas.ts.
const TYPES: Record<string, PropertyType> = {
  apartment: 'flat',
  residential: 'flat',
  'house-villa': 'house',
  'plot-old': 'plot',
  office: 'office',
  commercial: 'shop',
  shop: 'shop',
};

// Listing fields the portal object takes; every other field with a value is reported unmapped.
const MAPPED = new Set([
  'token',
  'title',
  'category',
  'city',
  'price',
  'monthlyRent',
  'deposit',
  'size',
  'rooms',
  'floor',
  'yearBuilt',
  'hasElevator',
  'hasParking',
  'hasBalcony',
  'description',
  'location',
]);

/** Where the listing goes on the portal: the office and, when chosen, the seller (agent). */
export interface IngatlanokTarget {
  officeId: number;
  sellerId?: number;
}

function typeAndAction(category: string | undefined) {
  const match = /^(.*)-(sell|rent)$/.exec(category ?? '');
  const type = match?.[1] ? TYPES[match[1]] : category === 'plot-old' ? 'plot' : undefined;
  const action = match?.[2] === 'rent' ? 'rent' : 'sale';
  return { type, action } as const;
}

function special(listing: PortalListing) {
  const out: Record<string, number | boolean> = {};
  if (listing.size) out.area = Math.round(listing.size);
  if (listing.rooms !== undefined) out.rooms = listing.rooms;
  if (listing.floor !== undefined) out.floor = listing.floor;
  // divar writes the Jalali year; the Gregorian one is 621 years later (±1 around Nowruz).
  if (listing.yearBuilt) out.build_year = Math.round(listing.yearBuilt) + 621;
  if (listing.hasElevator !== undefined) out.elevator = listing.hasElevator;
  if (listing.hasParking !== undefined) out.parking = listing.hasParking;
  if (listing.hasBalcony !== undefined) out.balcony = listing.hasBalcony;
  return out;
}

/**
 * Maps a divar listing to an ingatlanok.hu property: type and sale/rent from the category, the
 * region the user chose for its city, the price converted at the user's rate; then checks the
 * object against the portal's own limits, so a listing that would be refused is never sent.
 */
export function mapToIngatlanok(
  listing: PortalListing,
  target: IngatlanokTarget,
  choices: PushChoices,
): MappingResult<PropertyBody> {
  const missing: MissingField[] = [];
  const { type, action } = typeAndAction(listing.category);
  if (!type)
    missing.push({
      field: 'property.type',
      reason: 'unknown-category',
      value: listing.category ?? '',
    });
  const regionId = listing.city ? choices.regionByCity[listing.city] : undefined;
  if (!regionId)
    missing.push({
      field: 'location.region_id',
      reason: listing.city ? 'no-region' : 'no-city',
      value: listing.city ?? '',
    });
  const toman = action === 'rent' ? listing.monthlyRent : listing.price;
  if (!toman) missing.push({ field: 'price.price', reason: 'no-price' });
  else if (!choices.tomanPerUnit) missing.push({ field: 'price.price', reason: 'no-rate' });
  const price =
    toman && choices.tomanPerUnit ? Math.round((toman / choices.tomanPerUnit) * 100) / 100 : 0;
  const unmapped = Object.entries(listing)
    .filter(([key]) => !MAPPED.has(key))
    .map(([field, value]) => ({ field, value: shortValue(value) }));
  const summary = {
    type: type ?? '',
    action,
    region: String(regionId ?? ''),
    price: price ? String(price) : '',
    currency: choices.currency,
  };
  const result = { token: listing.token, missing, unmapped, summary };
  if (missing.length > 0) return result;
  const rate = choices.tomanPerUnit ?? 1;
  const deposit =
    action === 'rent' && listing.deposit ? Math.round((listing.deposit / rate) * 100) / 100 : 0;
  const object = {
    id: { transfer_id: transferIdOf(listing.token) },
    ...(target.sellerId ? { seller: { id: target.sellerId } } : {}),
    property: {
      office_id: target.officeId,
      type,
      status: 'active',
      action,
      title: listing.title.slice(0, 255),
      ...(listing.description ? { description: listing.description.slice(0, 10_000) } : {}),
    },
    location: {
      region_id: regionId,
      ...(listing.location
        ? { latitude: listing.location.latitude, longitude: listing.location.longitude }
        : {}),
    },
    price: {
      price,
      price_currency: choices.currency,
      ...(action === 'rent' ? { price_period: 'monthly' } : {}),
      ...(deposit > 0 ? { deposit } : {}),
    },
    special: special(listing),
  };
  const checked = propertyBody.safeParse(object);
  if (checked.success) return { ...result, object: checked.data };
  for (const issue of checked.error.issues)
    missing.push({ field: issue.path.join('.'), reason: issue.code, value: issue.message });
  return result;
}
