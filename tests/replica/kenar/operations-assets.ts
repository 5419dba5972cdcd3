/** Assets operations of the Kenar replica: `{slug, display}` lists and a category's submit schema. */

import { findCityBySlug } from '../data/place-lookup.ts';
import { CITIES, DISTRICTS } from '../data/places.ts';
import { submitSchemaOf } from './category-schemas.ts';
import { rpc } from './errors.ts';
import type { Operation } from './operation.ts';
import { LEAF_CATEGORIES } from './records.ts';

const option = (slug: string, display: string) => ({ slug, display });

// Brand-models and colours exist only for `light` and `mobile-phones` (NOTES §4).
const BRAND_MODELS: Record<string, [string, string][]> = {
  light: [
    ['peugeot 206', 'پژو ۲۰۶'],
    ['pride 131', 'پراید ۱۳۱'],
    ['samand lx', 'سمند LX'],
  ],
  'mobile-phones': [
    ['samsung galaxy a54', 'سامسونگ Galaxy A54'],
    ['apple iphone 13', 'اپل iPhone 13'],
  ],
};
const COLORS: [string, string][] = [
  ['white', 'سفید'],
  ['black', 'مشکی'],
  ['silver', 'نقره‌ای'],
];

function districtsOf(citySlug: string | undefined) {
  if (citySlug === undefined) return { districts: DISTRICTS.map((d) => option(d.slug, d.name)) };
  const city = findCityBySlug(citySlug);
  if (!city) throw rpc.notFound(`city ${citySlug} not found`);
  return {
    districts: DISTRICTS.filter((d) => d.cityId === city.id).map((d) => option(d.slug, d.name)),
  };
}

function submitSchema(category: string) {
  if (!LEAF_CATEGORIES.some((c) => c.slug === category))
    throw rpc.notFound(`category ${category} not found`);
  return { schema: submitSchemaOf(category) };
}

/** The assets operations by operationId. */
export const ASSETS_OPERATIONS: Record<string, Operation> = {
  Assets_GetCities: () => ({ cities: CITIES.map((c) => option(c.slug, c.name)) }),
  Assets_GetDistricts: ({ query }) => districtsOf(query.get('city_slug') ?? undefined),
  Assets_GetDistricts2: ({ params }) => districtsOf(params.city_slug),
  Assets_GetCategories: () => ({
    categories: LEAF_CATEGORIES.map((c) => option(c.slug, c.fullName)),
  }),
  Assets_GetBrandModels: ({ params }) => {
    const list = BRAND_MODELS[params.category ?? ''];
    return list ? { brand_models: list.map(([slug, name]) => option(slug, name)) } : {};
  },
  Assets_GetColors: ({ params }) =>
    BRAND_MODELS[params.category ?? '']
      ? { colors: COLORS.map(([slug, name]) => option(slug, name)) }
      : {},
  Assets_GetSubmitSchema: ({ params }) => submitSchema(params.category_slug ?? ''),
};
