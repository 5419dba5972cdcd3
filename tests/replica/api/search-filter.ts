/**
 * Applies a SearchQuery to listings. Filters a listing has no fact for exclude it (a car never
 * matches `size`). Known keys that are validated but do not filter are listed in the README.
 */

import type { CorpusListing } from '../corpus/types.ts';
import { isInCategory } from '../data/categories.ts';
import { tehranJalali } from '../util/jalali.ts';
import { normalizeFa, ROOM_WORDS } from '../util/persian.ts';
import { badRequest } from './errors.ts';
import type { FieldValue } from './form-data.ts';
import type { SearchQuery } from './search-request.ts';

type Matcher = (listing: CorpusListing) => boolean;

/** The listing fact each `number_range` key filters on (`year` = the Jalali year of "now"). */
export const RANGE_FACTS: Record<
  string,
  (listing: CorpusListing, year: number) => number | undefined
> = {
  price: (l) => l.price,
  size: (l) => l.size,
  credit: (l) => l.credit,
  rent: (l) => l.rent,
  floor: (l) => l.floor,
  'building-age': (l, year) => (l.yearBuilt === undefined ? undefined : year - l.yearBuilt),
  price_per_square: (l) => (l.price && l.size ? Math.floor(l.price / l.size) : undefined),
  'production-year': (l) => l.productionYear,
  usage: (l) => l.usage,
};
const BOOLEAN_FACTS: Record<string, (listing: CorpusListing) => boolean> = {
  elevator: (l) => l.elevator,
  parking: (l) => l.parking,
  warehouse: (l) => l.warehouse,
  balcony: (l) => l.balcony,
  rebuilt: (l) => l.rebuilt,
  'has-photo': (l) => l.images.length > 0,
  rent_to_single: (l) => l.rentToSingle === true,
};
const RECENT_UNITS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 604_800_000 };

function listOf(field: FieldValue): string[] {
  if (field.kind === 'str') return field.value === '' ? [] : [field.value];
  return field.kind === 'repeated_string' ? field.values.filter((value) => value !== '') : [];
}

function businessMatcher(values: string[]): Matcher {
  return (l) =>
    values.some((value) =>
      value === 'personal'
        ? l.businessType === 'personal'
        : value === 'real-estate-business'
          ? l.businessType !== 'personal'
          : value === l.businessType,
    );
}

function fieldMatcher(key: string, field: FieldValue, now: number): Matcher | undefined {
  const year = tehranJalali(now).jy;
  const range = RANGE_FACTS[key];
  if (range && field.kind === 'number_range') {
    const { min = -Infinity, max = Infinity } = field;
    return (l) => {
      const fact = range(l, year);
      return fact !== undefined && fact >= min && fact <= max;
    };
  }
  const flag = BOOLEAN_FACTS[key];
  if (flag && field.kind === 'boolean') return field.value ? flag : undefined;
  const values = listOf(field);
  if (key === 'category') {
    const [category] = values;
    return category === undefined || category === 'ROOT'
      ? undefined
      : (l) => isInCategory(l.category, category);
  }
  if (values.length === 0) return undefined;
  const folded = values.map(normalizeFa);
  switch (key) {
    case 'districts':
      return (l) => values.includes(String(l.districtId));
    case 'rooms':
      return (l) =>
        l.rooms !== undefined && values.includes(ROOM_WORDS[Math.min(l.rooms, 5)] ?? '');
    case 'brand_model':
      // "peugeot", "peugeot 206" and "peugeot 206 sd" (from /car/peugeot/206-sd) all match "peugeot 206".
      return (l) => {
        const model = `${normalizeFa(l.brandModel ?? '')} `;
        return (
          l.brandModel !== undefined &&
          folded.some((v) => model.startsWith(`${v} `) || `${v} `.startsWith(model))
        );
      };
    case 'color':
      return (l) => l.color !== undefined && folded.includes(normalizeFa(l.color));
    case 'status':
      return (l) => l.status !== undefined && values.includes(l.status);
    case 'business-type':
      return businessMatcher(values);
    case 'goods-business-type':
      return values.includes('all')
        ? undefined
        : (l) => values.includes(l.redTags.includes('فروشگاه') ? 'marketplace' : 'personal');
    case 'recent_ads': {
      const match = /^(\d+)([hdw])$/.exec(values[0] ?? '');
      const unit = match ? RECENT_UNITS[match[2] ?? ''] : undefined;
      return match && unit
        ? (l) => l.sortDateMicros / 1000 >= now - Number(match[1]) * unit
        : undefined;
    }
  }
  return undefined;
}

function bboxMatcher(field: FieldValue | undefined): Matcher | undefined {
  if (field?.kind !== 'repeated_float') return undefined;
  const [minLon, minLat, maxLon, maxLat] = field.values;
  if (
    field.values.length !== 4 ||
    minLon === undefined ||
    minLat === undefined ||
    maxLon === undefined ||
    maxLat === undefined
  ) {
    throw badRequest('bbox needs four values: minLon, minLat, maxLon, maxLat', 'bbox');
  }
  return (l) => l.lon >= minLon && l.lon <= maxLon && l.lat >= minLat && l.lat <= maxLat;
}

/** A predicate telling whether a listing matches the query (cities, filters and free text). */
export function createListingMatcher(query: SearchQuery, now: number): Matcher {
  const matchers: Matcher[] = [];
  if (query.cityIds.length > 0) matchers.push((l) => query.cityIds.includes(l.cityId));
  for (const [key, field] of query.fields) {
    const matcher = key === 'bbox' ? bboxMatcher(field) : fieldMatcher(key, field, now);
    if (matcher) matchers.push(matcher);
  }
  if (query.text !== '') {
    const text = normalizeFa(query.text);
    matchers.push((l) => normalizeFa(l.title).includes(text));
  }
  return (listing) => matchers.every((matcher) => matcher(listing));
}
