/**
 * divar.ir/s/<city>[/<category>[/<sub-path>…]]?… → the API search body the server resolves it to
 * (NOTES §3): city or province slug (or `cities=`), category path segment, district slug or
 * car/mobile brand and model, and the query parameters of §3.2.
 */
import { findCategory, findCategoryByUrlPath } from '../data/categories.ts';
import {
  expandPlaceIds,
  findCityBySlug,
  findDistrictBySlug,
  findProvinceBySlug,
} from '../data/place-lookup.ts';

const RANGE_PARAMS = [
  'price',
  'size',
  'credit',
  'rent',
  'floor',
  'building-age',
  'price_per_square',
  'production-year',
  'usage',
];
const BOOLEAN_PARAMS = [
  'elevator',
  'parking',
  'warehouse',
  'balcony',
  'rebuilt',
  'has-photo',
  'rent_to_single',
  'non-negotiable',
  'has_installment_sale',
];
const LIST_PARAMS = [
  'rooms',
  'color',
  'base_color',
  'status',
  'goods-business-type',
  'business-type',
  'body_status',
  'motor_status',
  'gearbox',
  'brand_model',
  'internal_storage',
  'ram_memory',
];
const BRAND_CATEGORIES = new Set(['light', 'cars', 'mobile-phones']);

function rangeOf(value: string): Record<string, unknown> | undefined {
  const match = /^(-?\d+)?-(-?\d+)?$/.exec(value);
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const range: Record<string, string> = {};
  if (match[1] !== undefined) range.minimum = match[1];
  if (match[2] !== undefined) range.maximum = match[2];
  return { number_range: { ...range, value: { ...range } } };
}

const listOf = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function paramFields(params: URLSearchParams): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of params) {
    if (RANGE_PARAMS.includes(key)) {
      const range = rangeOf(value);
      if (range) data[key] = range;
    } else if (BOOLEAN_PARAMS.includes(key) && value === 'true')
      data[key] = { boolean: { value: true } };
    else if (LIST_PARAMS.includes(key) && listOf(value).length > 0)
      data[key] = { repeated_string: { value: listOf(value) } };
    else if (key === 'recent_ads' || key === 'exchange') data[key] = { str: { value } };
    else if (key === 'bbox') {
      const floats = listOf(value).map(Number);
      if (floats.length === 4 && floats.every(Number.isFinite))
        data.bbox = { repeated_float: { value: floats.map((f) => ({ value: f })) } };
    }
  }
  return data;
}

function placeIds(slug: string): string[] | undefined {
  const city = findCityBySlug(slug);
  if (city) return [String(city.id)];
  const province = findProvinceBySlug(slug);
  return province ? [String(province.id)] : undefined;
}

/** The API search body a /s/ URL stands for, or undefined when the city slug is unknown. */
export function searchBodyForUrl(url: URL): Record<string, unknown> | undefined {
  const segments = url.pathname
    .split('/')
    .filter(Boolean)
    .slice(1)
    .map((part) => decodeURIComponent(part));
  const [citySlug, ...rest] = segments;
  const pathCities = placeIds(citySlug ?? '');
  if (pathCities === undefined) return undefined;
  const cities = url.searchParams.get('cities')
    ? listOf(url.searchParams.get('cities') ?? '')
    : pathCities;
  const cityIds = expandPlaceIds(cities.map(Number));
  const data = paramFields(url.searchParams);
  let query = url.searchParams.get('q') ?? '';
  const districts: string[] = [];
  const [first, ...more] = rest;
  const category =
    first === undefined ? undefined : (findCategoryByUrlPath(first) ?? findCategory(first));
  if (first === 'list') query = (more[0] ?? '').replace(/-/g, ' ');
  else if (category) data.category = { str: { value: category.slug } };
  const subPath = category ? more : first === 'list' || first === undefined ? [] : rest;
  if (category && BRAND_CATEGORIES.has(category.slug) && subPath.length > 0) {
    data.brand_model = {
      repeated_string: { value: [subPath.slice(0, 2).join(' ').replace(/-/g, ' ')] },
    };
  } else {
    for (const slug of subPath) {
      const district = findDistrictBySlug(cityIds, slug);
      if (district) districts.push(String(district.id));
    }
  }
  const paramDistricts = listOf(url.searchParams.get('districts') ?? '');
  const allDistricts = [...new Set([...districts, ...paramDistricts])];
  if (allDistricts.length > 0) data.districts = { repeated_string: { value: allDistricts } };
  const sort = url.searchParams.get('sort') ?? 'sort_date';
  return {
    city_ids: cities,
    source_view: 'CATEGORY',
    disable_recommendation: false,
    search_data: {
      form_data: { data },
      server_payload: {
        '@type': 'type.googleapis.com/widgets.SearchData.ServerPayload',
        additional_form_data: { data: { sort: { str: { value: sort } } } },
      },
      ...(query ? { query } : {}),
    },
  };
}
