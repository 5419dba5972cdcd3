import { categoryName } from '../divar/category-names';
import type { Listing } from '../divar/listing/types';
import { sellerTypeName } from '../divar/seller-type';
import { type Lang, translate } from '../i18n';
import { formatToman } from '../i18n/format';

/** How a column's values are written: numbers stay numbers in XLSX and sort numerically. */
export type ColumnKind = 'number' | 'text' | 'boolean' | 'date' | 'list';

/** A raw cell value before a format writes it; `undefined` is an empty cell. */
export type RawValue = number | string | boolean | readonly string[] | undefined;

/** One exportable column: its key, its header in both languages, and how to read it. */
export interface ExportColumn {
  key: string;
  fa: string;
  en: string;
  kind: ColumnKind;
  read(listing: Listing): RawValue;
  /** Divar's code or a yes/no in words of `lang` (a category slug as «فروش آپارتمان»). */
  words?(value: string | boolean, lang: Lang, listing?: Listing): string;
  /** A shorter text for the results table's cell than `words` (exports keep the full one). */
  short?(value: string | boolean, lang: Lang): string;
}

const column = (
  key: string,
  fa: string,
  en: string,
  kind: ColumnKind,
  read: (listing: Listing) => RawValue,
  words?: ExportColumn['words'],
): ExportColumn => ({ key, fa, en, kind, read, ...(words ? { words } : {}) });

// Amenities a place has or has not («آسانسور: دارد»), as divar writes them.
const hasOrNot = (value: string | boolean, lang: Lang) =>
  translate(lang, value ? 'results.has' : 'results.hasNot');

/** Every column a listing can be exported with, in the default order. */
export const COLUMNS: readonly ExportColumn[] = [
  column('title', 'عنوان', 'Title', 'text', (l) => l.title),
  column('price', 'قیمت (تومان)', 'Price (toman)', 'number', (l) => l.price),
  column(
    'pricePerSquareMetre',
    'قیمت هر متر (تومان)',
    'Price per m² (toman)',
    'number',
    (l) => l.pricePerSquareMetre,
  ),
  column('size', 'متراژ (متر)', 'Size (m²)', 'number', (l) => l.size),
  column('rooms', 'اتاق', 'Rooms', 'number', (l) => l.rooms),
  column('district', 'محله', 'District', 'text', (l) => l.district),
  column('yearBuilt', 'سال ساخت', 'Year built', 'number', (l) => l.yearBuilt),
  column('publishedAt', 'تاریخ انتشار', 'Published', 'date', (l) => l.publishedAt ?? l.sortDate),
  column('imageCount', 'تعداد عکس', 'Photos', 'number', (l) => l.imageCount ?? l.imageUrls.length),
  column(
    'sellerType',
    'نوع آگهی‌دهنده',
    'Seller type',
    'text',
    (l) => l.sellerType,
    (v, lang, l) => sellerTypeName(String(v), lang, l?.category),
  ),
  column('url', 'لینک', 'Link', 'text', (l) => l.url),
  column('token', 'شناسهٔ آگهی', 'Post id', 'text', (l) => l.token),
  column('city', 'شهر', 'City', 'text', (l) => l.city),
  column(
    'category',
    'دسته',
    'Category',
    'text',
    (l) => l.category,
    (v, lang) => categoryName(String(v), lang),
  ),
  column('isNegotiable', 'توافقی', 'Negotiable', 'boolean', (l) => l.isNegotiable),
  column('deposit', 'ودیعه (تومان)', 'Deposit (toman)', 'number', (l) => l.deposit),
  column(
    'monthlyRent',
    'اجارهٔ ماهانه (تومان)',
    'Monthly rent (toman)',
    'number',
    (l) => l.monthlyRent,
  ),
  column('floor', 'طبقه', 'Floor', 'number', (l) => l.floor),
  column('totalFloors', 'تعداد طبقات', 'Floors', 'number', (l) => l.totalFloors),
  column('hasElevator', 'آسانسور', 'Elevator', 'boolean', (l) => l.hasElevator, hasOrNot),
  column('hasParking', 'پارکینگ', 'Parking', 'boolean', (l) => l.hasParking, hasOrNot),
  column('hasStorage', 'انباری', 'Storage', 'boolean', (l) => l.hasStorage, hasOrNot),
  column('hasBalcony', 'بالکن', 'Balcony', 'boolean', (l) => l.hasBalcony, hasOrNot),
  column('mileageKm', 'کارکرد (کیلومتر)', 'Mileage (km)', 'number', (l) => l.mileageKm),
  column(
    'salary',
    'حقوق',
    'Salary',
    'text',
    // A job's pay as its card says it: an amount, or «توافقی».
    (l) => (l.price !== undefined ? String(l.price) : l.isNegotiable ? 'negotiable' : undefined),
    (v, lang) =>
      v === 'negotiable' ? translate(lang, 'post.negotiable') : formatToman(lang, Number(v)),
  ),
  column('sellerName', 'نام آگهی‌دهنده', 'Seller name', 'text', (l) => l.sellerName),
  column('bumpedAt', 'آخرین نردبان', 'Last bumped', 'date', (l) => l.bumpedAt),
  column('latitude', 'عرض جغرافیایی', 'Latitude', 'number', (l) => l.location?.latitude),
  column('longitude', 'طول جغرافیایی', 'Longitude', 'number', (l) => l.location?.longitude),
  column('tags', 'برچسب‌ها', 'Tags', 'list', (l) => l.tags),
  column('features', 'امکانات', 'Features', 'list', (l) => l.features),
  column('imageUrls', 'لینک عکس‌ها', 'Image links', 'list', (l) => l.imageUrls),
  column('description', 'توضیحات', 'Description', 'text', (l) => l.description),
];

const BY_KEY = new Map(COLUMNS.map((c) => [c.key, c]));

/** The column with `key`, or undefined for a key this version does not know. */
export function columnByKey(key: string): ExportColumn | undefined {
  return BY_KEY.get(key);
}

/** The columns for `keys`, in that order, skipping unknown keys and repeats. */
export function columnsFor(keys: readonly string[]): ExportColumn[] {
  return [...new Set(keys)].flatMap((key) => BY_KEY.get(key) ?? []);
}
