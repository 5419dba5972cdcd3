/** Page-1 extras of a search response: headline, seo_details, suggestion chips. */
import { categoryChain, findCategory } from '../data/categories.ts';
import { findCity, findDistrict } from '../data/place-lookup.ts';
import { toPersianDigits } from '../util/persian.ts';
import type { FieldValue } from './form-data.ts';
import type { SearchQuery } from './search-request.ts';
import { categoryFormData } from './widget-parts.ts';

const SEO_PHRASES: Record<string, string> = {
  'apartment-sell': 'خرید و فروش آپارتمان، پنت هاوس و برج',
  'house-villa-sell': 'خرید و فروش خانه و ویلا',
  'residential-sell': 'خرید و فروش خانه و آپارتمان',
  'apartment-rent': 'رهن و اجاره آپارتمان',
  'residential-rent': 'رهن و اجاره خانه و آپارتمان',
  'real-estate': 'املاک',
  light: 'خرید و فروش خودرو سواری',
  cars: 'خرید و فروش خودرو',
  'mobile-phones': 'خرید و فروش گوشی موبایل',
  jobs: 'آگهی‌های استخدام و کاریابی',
};

/** The API category slug of a query, if it has one. */
export function queryCategory(query: SearchQuery): string | undefined {
  const field = query.fields.get('category');
  return field?.kind === 'str' && field.value !== '' && field.value !== 'ROOT'
    ? field.value
    : undefined;
}

/** District ids of a query's `districts` filter. */
export function queryDistricts(query: SearchQuery): string[] {
  const field = query.fields.get('districts');
  return field?.kind === 'repeated_string' ? field.values : [];
}

function placePhrase(query: SearchQuery): string {
  const city = findCity(query.cityIds[0] ?? 1)?.name ?? 'ایران';
  const [first, ...rest] = queryDistricts(query).map((id) => findDistrict(Number(id))?.name ?? id);
  if (first === undefined)
    return query.cityIds.length > 1
      ? `${city} و ${toPersianDigits(query.cityIds.length - 1)} شهر دیگر`
      : city;
  return rest.length === 0
    ? `${first} ${city}`
    : `${first} و ${toPersianDigits(rest.length)} محلهٔ دیگر ${city}`;
}

/** "خرید و فروش آپارتمان، پنت هاوس و برج در آذری و ۵ محلهٔ دیگر تهران". */
export function searchHeadline(query: SearchQuery): string {
  const category = queryCategory(query);
  const phrase =
    (category && (SEO_PHRASES[category] ?? findCategory(category)?.fullName)) || 'آگهی‌های دیوار';
  return `${phrase} در ${placePhrase(query)}`;
}

/** `seo_details` with the breadcrumb chain (category ancestors, first district, city, دیوار). */
export function seoDetails(query: SearchQuery) {
  const headline = searchHeadline(query);
  const [district] = queryDistricts(query);
  const districtId = district === undefined ? undefined : Number(district);
  const chain = categoryChain(queryCategory(query) ?? '').reverse();
  const crumbs: Record<string, unknown>[] = chain.map((category) => ({
    name: category.name,
    search_data: { form_data: { data: categoryFormData(category.slug, districtId) } },
  }));
  if (districtId !== undefined) {
    const name = findDistrict(districtId)?.name ?? district;
    crumbs.push({
      name,
      search_data: { form_data: { data: categoryFormData(undefined, districtId) } },
    });
  }
  crumbs.push(
    { name: findCity(query.cityIds[0] ?? 1)?.name ?? 'ایران', search_data: { form_data: {} } },
    { name: 'دیوار' },
  );
  return {
    title: `${headline} با بهترین قیمت | دیوار`,
    description: `بهترین گزینه‌ها برای ${headline} را در دیوار پیدا کنید. قیمت‌های مناسب و تنوع بالا!`,
    headline,
    robots_metadata: { follow: true },
    bread_crumb: crumbs,
  };
}

function amountWords(value: number, key: string): string {
  if (key === 'building-age' && value === 0) return 'نوساز';
  if (key === 'floor' && value <= 0) return value === 0 ? 'همکف' : 'زیر همکف';
  if (key === 'size') return `${toPersianDigits(value)} متر`;
  if (value >= 1e9) return `${toPersianDigits(+(value / 1e9).toFixed(1))} میلیارد`;
  if (value >= 1e6) return `${toPersianDigits(+(value / 1e6).toFixed(1))} میلیون`;
  return toPersianDigits(value);
}

function rangeDisplay(key: string, field: Extract<FieldValue, { kind: 'number_range' }>): string {
  const from = field.min === undefined ? '' : `از ${amountWords(field.min, key)}`;
  const to =
    field.max === undefined
      ? ''
      : `تا ${amountWords(field.max, key)}${key === 'building-age' ? ' سال' : ''}`;
  return [from, to].filter(Boolean).join(' ');
}

/** `suggestion_cache_data`: one chip per range filter and per district. */
export function suggestionCache(query: SearchQuery) {
  const category = queryCategory(query) ?? 'ROOT';
  const chips: Record<string, unknown>[] = [];
  for (const [key, field] of query.fields) {
    if (field.kind !== 'number_range') continue;
    const range: Record<string, string> = {};
    if (field.min !== undefined) range.minimum = String(field.min);
    if (field.max !== undefined) range.maximum = String(field.max);
    chips.push({
      input_data: { number_range: { ...range, value: { ...range } } },
      display: rangeDisplay(key, field),
      cache_key: `${category}:${key}`,
    });
  }
  for (const id of queryDistricts(query)) {
    chips.push({
      input_data: { repeated_string: { value: [id] } },
      display: findDistrict(Number(id))?.name ?? id,
      cache_key: 'districts',
    });
  }
  return chips;
}
