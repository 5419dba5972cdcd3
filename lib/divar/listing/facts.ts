import { labelKey } from './new-listing';
import { type Amount, parseAmount, parsePersianNumber } from './persian-number';
import { parseFloor, parseRooms } from './rooms-floor';
import type { Listing } from './types';

/** Reads one row value into the listing; false when the value is not understood. */
type RowReader = (listing: Listing, value: string) => boolean;

function amountInto(field: 'price' | 'deposit' | 'monthlyRent'): RowReader {
  return (listing, value) => applyAmount(listing, field, parseAmount(value));
}

type NumberField = 'size' | 'yearBuilt' | 'pricePerSquareMetre' | 'rooms' | 'mileageKm';

function numberInto(field: NumberField, parse: (value: string) => number | undefined): RowReader {
  return (listing, value) => {
    const number = parse(value);
    if (number === undefined) return false;
    listing[field] = number;
    return true;
  };
}

const readFloor: RowReader = (listing, value) => {
  const floor = parseFloor(value);
  if (!floor) return false;
  listing.floor = floor.floor;
  if (floor.totalFloors !== undefined) listing.totalFloors = floor.totalFloors;
  return true;
};

const readAgency: RowReader = (listing, value) => {
  if (value.trim() === '') return false;
  listing.sellerName = value.trim();
  return true;
};

const tomanOf = (value: string) => {
  const amount = parseAmount(value);
  return amount?.kind === 'toman' ? amount.value : undefined;
};

// Keyed by labelKey(title). Titles from posts-v2 rows, legacy list_data and the features modal.
const ROW_READERS: Record<string, RowReader> = {
  متراژ: numberInto('size', (value) => parsePersianNumber(value.replace(/\s*متر$/, ''))),
  ساخت: numberInto('yearBuilt', parsePersianNumber),
  // A car's model year (its "year built"): «مدل (سال تولید)» on posts.
  'مدل (سال تولید)': numberInto('yearBuilt', parsePersianNumber),
  'سال تولید': numberInto('yearBuilt', parsePersianNumber),
  اتاق: numberInto('rooms', parseRooms),
  طبقه: readFloor,
  'قیمت کل': amountInto('price'),
  قیمت: amountInto('price'),
  'قیمت پایه': amountInto('price'),
  'قیمت هر متر': numberInto('pricePerSquareMetre', tomanOf),
  // Jobs: "ماهانه ۱۵,۰۰۰,۰۰۰ تومان" or "توافقی", what the job's card shows as its price.
  'شیوه پرداخت': amountInto('price'),
  ودیعه: amountInto('deposit'),
  'اجاره ماهانه': amountInto('monthlyRent'),
  اجاره: amountInto('monthlyRent'),
  کارکرد: numberInto('mileageKm', (value) => parseMileage(value)),
  'آژانس املاک': readAgency,
};

/**
 * Text kept as divar wrote it, trimmed and in NFC: captures mix "تأمین" (U+0623) with its
 * decomposed form (ا + U+0654), and only NFC makes the two compare equal.
 */
export function asWritten(text: string): string {
  return text.trim().normalize('NFC');
}

/** Puts a parsed amount into a price field: negotiable sets isNegotiable, free is 0. */
export function applyAmount(
  listing: Listing,
  field: 'price' | 'deposit' | 'monthlyRent',
  amount: Amount | undefined,
): boolean {
  if (!amount) return false;
  if (amount.kind === 'negotiable') listing.isNegotiable = true;
  else listing[field] = amount.kind === 'free' ? 0 : amount.value;
  return true;
}

/** Mileage text ("۱۲۰,۰۰۰", "۱۲۰,۰۰۰ کیلومتر", "کارکرد صفر") in kilometres. */
export function parseMileage(text: string): number | undefined {
  const clean = labelKey(text).replace(/^کارکرد\s*/, '');
  if (clean === 'صفر') return 0;
  return parsePersianNumber(clean.replace(/\s*کیلومتر$/, ''));
}

/**
 * Reads one `{title, value}` fact row into its Listing field; a row whose title is not known or
 * whose value does not parse (e.g. ساخت "قبل از ۱۳۷۰") is kept in `facts`, as written.
 */
export function applyRow(listing: Listing, title: string, value: string): void {
  const reader = ROW_READERS[labelKey(title)];
  if (reader?.(listing, value)) return;
  listing.facts[asWritten(title)] = asWritten(value);
}

const FEATURE_FIELDS: Record<string, 'hasElevator' | 'hasParking' | 'hasStorage' | 'hasBalcony'> = {
  آسانسور: 'hasElevator',
  پارکینگ: 'hasParking',
  انباری: 'hasStorage',
  بالکن: 'hasBalcony',
};

/**
 * Reads one feature line: "آسانسور"/"پارکینگ"/"انباری"/"بالکن" set their flag (absent when the
 * title ends in "ندارد" or `available` is false); any other feature is listed in `features`.
 */
export function applyFeature(listing: Listing, title: string, available?: boolean): void {
  const key = labelKey(title);
  const name = key.replace(/ (ندارد|دارد)$/, '');
  const field = FEATURE_FIELDS[name];
  if (field) {
    listing[field] = available !== false && !key.endsWith(' ندارد');
    return;
  }
  listing.features ??= [];
  const feature = asWritten(title);
  if (!listing.features.includes(feature)) listing.features.push(feature);
}
