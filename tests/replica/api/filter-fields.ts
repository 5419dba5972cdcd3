/**
 * Which filter widgets `POST /v8/postlist/w/filters` shows for a category, with their form_data
 * keys (the same keys and wrappers the search accepts, see form-data.ts). Titles are the website's
 * Persian labels where known, plausible ones otherwise (README "Guesses").
 */
import { categoryChain } from '../data/categories.ts';
import { ROOM_WORDS } from '../util/persian.ts';

/** A `{title, value}` option of a chip or select widget. */
export interface FilterOption {
  title: string;
  value: string;
}

/** One filter widget before rendering. */
export type FilterSpec =
  | { kind: 'range'; key: string; title: string; unit: string }
  | { kind: 'chips'; key: string; title: string; options: FilterOption[] }
  | { kind: 'switch'; key: string; title: string }
  | { kind: 'select'; key: string; title: string; options: FilterOption[] }
  | { kind: 'brand_model' }
  | { kind: 'color' };

const opt = (value: string, title = value): FilterOption => ({ title, value });
const range = (key: string, title: string, unit: string): FilterSpec => ({
  kind: 'range',
  key,
  title,
  unit,
});
const toggle = (key: string, title: string): FilterSpec => ({ kind: 'switch', key, title });

const PROPERTY: FilterSpec[] = [
  range('size', 'متراژ', 'متر مربع'),
  { kind: 'chips', key: 'rooms', title: 'تعداد اتاق', options: ROOM_WORDS.map((w) => opt(w)) },
  range('building-age', 'سن بنا', 'سال'),
  range('floor', 'طبقه', ''),
  toggle('elevator', 'آسانسور'),
  toggle('parking', 'پارکینگ'),
  toggle('warehouse', 'انباری'),
  toggle('balcony', 'بالکن'),
  {
    kind: 'chips',
    key: 'business-type',
    title: 'آگهی‌دهنده',
    options: [opt('personal', 'شخصی'), opt('real-estate-business', 'مشاور املاک')],
  },
];
const SELL = [
  range('price', 'قیمت کل', 'تومان'),
  range('price_per_square', 'قیمت هر متر', 'تومان'),
  ...PROPERTY,
  toggle('rebuilt', 'بازسازی شده'),
];
const RENT = [
  range('credit', 'ودیعه', 'تومان'),
  range('rent', 'اجاره', 'تومان'),
  ...PROPERTY,
  toggle('rent_to_single', 'اجاره به مجرد'),
];
const CARS: FilterSpec[] = [
  { kind: 'brand_model' },
  range('price', 'قیمت', 'تومان'),
  range('production-year', 'سال تولید', ''),
  range('usage', 'کارکرد', 'کیلومتر'),
  { kind: 'color' },
];
const STATUS = [
  opt('new', 'نو'),
  opt('like-new', 'در حد نو'),
  opt('used', 'کارکرده'),
  opt('repair-needed', 'نیازمند تعمیر'),
];
const MOBILES: FilterSpec[] = [
  { kind: 'brand_model' },
  range('price', 'قیمت', 'تومان'),
  { kind: 'chips', key: 'status', title: 'وضعیت', options: STATUS },
  {
    kind: 'chips',
    key: 'goods-business-type',
    title: 'فروشنده',
    options: [opt('personal', 'شخصی'), opt('marketplace', 'فروشگاه')],
  },
];
const RECENT = ['3h', '12h', '1d', '3d', '7d'];
const RECENT_TITLES = ['۳ ساعت اخیر', '۱۲ ساعت اخیر', '۱ روز اخیر', '۳ روز اخیر', '۷ روز اخیر'];
const ALWAYS: FilterSpec[] = [
  toggle('has-photo', 'فقط آگهی‌های عکس‌دار'),
  {
    kind: 'select',
    key: 'recent_ads',
    title: 'آگهی‌های اخیر',
    options: RECENT.map((value, i) => opt(value, RECENT_TITLES[i])),
  },
];

/** The filter widgets (after the neighbourhoods) for an API category slug (undefined = all). */
export function filterSpecs(category: string | undefined): FilterSpec[] {
  const chain = category === undefined ? [] : categoryChain(category).map((c) => c.slug);
  const specific = chain.includes('residential-sell')
    ? SELL
    : chain.includes('residential-rent')
      ? RENT
      : category === 'real-estate'
        ? PROPERTY
        : chain.includes('cars') || category === 'vehicles'
          ? CARS
          : chain.includes('mobile-tablet') || category === 'electronic-devices'
            ? MOBILES
            : [];
  return [...specific, ...ALWAYS];
}
