import type { Listing } from '../divar/listing/types';
import { normalizePersian, toAsciiDigits } from '../divar/text';

/** What the results table can be sorted by. */
export type SortKey = 'price' | 'pricePerSquareMetre' | 'size' | 'date';

/** A sort: its key and direction. */
export interface SortState {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** The quick filters above the table; empty fields filter nothing. */
export interface QuickFilter {
  text: string;
  minPrice?: number;
  maxPrice?: number;
  hasPhoto: boolean;
}

/** No filter at all. */
export const NO_FILTER: QuickFilter = { text: '', hasPhoto: false };

/** The sort key a table column sorts by, if it is sortable. */
export const SORT_KEY_OF_COLUMN: Readonly<Record<string, SortKey>> = {
  price: 'price',
  pricePerSquareMetre: 'pricePerSquareMetre',
  size: 'size',
  publishedAt: 'date',
};

function sortValue(listing: Listing, key: SortKey): number | undefined {
  if (key === 'date') {
    const iso = listing.publishedAt ?? listing.sortDate;
    const ms = iso ? Date.parse(iso) : Number.NaN;
    return Number.isNaN(ms) ? undefined : ms;
  }
  return listing[key];
}

/**
 * The listings sorted by `sort`; listings without that value go last in both directions, and
 * ties keep their order (the crawl's, newest first), so the sort is stable.
 */
export function sortListings(listings: readonly Listing[], sort: SortState): Listing[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = listings.map((listing, index) => ({
    listing,
    index,
    value: sortValue(listing, sort.key),
  }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      if (a.value === b.value) return a.index - b.index;
      return a.value === undefined ? 1 : -1;
    }
    return (a.value - b.value) * sign || a.index - b.index;
  });
  return keyed.map((k) => k.listing);
}

const searchTexts = new WeakMap<Listing, string>();

/** Text compared with the search box: Persian letters unified, digits as ASCII, lower case. */
export function normaliseQuery(text: string): string {
  return toAsciiDigits(normalizePersian(text)).toLowerCase();
}

function searchTextOf(listing: Listing): string {
  let text = searchTexts.get(listing);
  if (text === undefined) {
    text = normaliseQuery([listing.title, listing.district ?? '', listing.token].join(' '));
    searchTexts.set(listing, text);
  }
  return text;
}

/** Whether `filter` is the empty filter. */
export function isNoFilter(filter: QuickFilter): boolean {
  return (
    !filter.text.trim() &&
    filter.minPrice === undefined &&
    filter.maxPrice === undefined &&
    !filter.hasPhoto
  );
}

/**
 * The listings that pass `filter`: every word of the text in the title, district or token; the
 * price within range (a price filter drops listings without a price); at least one photo.
 */
export function filterListings(listings: readonly Listing[], filter: QuickFilter): Listing[] {
  if (isNoFilter(filter)) return [...listings];
  const words = normaliseQuery(filter.text).split(' ').filter(Boolean);
  const { minPrice, maxPrice, hasPhoto } = filter;
  const hasPriceFilter = minPrice !== undefined || maxPrice !== undefined;
  return listings.filter((listing) => {
    if (hasPhoto && !((listing.imageCount ?? 0) > 0 || listing.imageUrls.length > 0)) return false;
    if (hasPriceFilter) {
      const price = listing.price;
      if (price === undefined) return false;
      if (minPrice !== undefined && price < minPrice) return false;
      if (maxPrice !== undefined && price > maxPrice) return false;
    }
    if (words.length === 0) return true;
    const text = searchTextOf(listing);
    return words.every((word) => text.includes(word));
  });
}

/**
 * An amount typed by a person ("۵٬۰۰۰٬۰۰۰٬۰۰۰", "5,000,000,000", "5e9" is refused), in toman;
 * undefined for an empty or unreadable field.
 */
export function parseAmount(text: string): number | undefined {
  const digits = toAsciiDigits(text).replace(/[\s,٬_']/g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  return Number(digits);
}
