import type { FormValue } from '../divar/form-data';
import { placeById } from '../divar/places';
import type { SearchQuery } from '../divar/search-query';
import type { SearchRequest } from './schemas/finder';

type KenarRange = { min?: string; max?: string };

function rangeOf(value: FormValue | undefined): KenarRange | undefined {
  if (!value || !('number_range' in value)) return undefined;
  const { minimum, maximum } = value.number_range;
  const range: KenarRange = {};
  if (minimum !== undefined) range.min = minimum;
  if (maximum !== undefined) range.max = maximum;
  return range.min === undefined && range.max === undefined ? undefined : range;
}

const listOf = (value: FormValue | undefined) =>
  value && 'repeated_string' in value ? value.repeated_string.value : undefined;

/**
 * The Kenar finder search a divar.ir search page stands for: city and leaf category slugs (web
 * paths match Kenar slugs, Kenar NOTES §5), districts by their URL slug (Kenar has no id mapping;
 * our places table's slugs are the best guess), and the ranges and lists Kenar's query knows.
 */
export function kenarSearchFromQuery(query: SearchQuery): SearchRequest | undefined {
  if (!query.category || query.hasCitiesParam || query.cityIds.length !== 1) return undefined;
  const { formData } = query;
  const districts = (listOf(formData.districts) ?? []).flatMap((id) => {
    const slug = placeById(id)?.slug;
    return slug ? [slug] : [];
  });
  const kenarQuery: NonNullable<SearchRequest['query']> = {};
  const ranges: [keyof typeof kenarQuery, string][] = [
    ['size', 'size'],
    ['credit', 'credit'],
    ['rent', 'rent'],
    ['production_year', 'production-year'],
    ['usage', 'usage'],
  ];
  for (const [kenarKey, webKey] of ranges) {
    const range = rangeOf(formData[webKey]);
    if (range) Object.assign(kenarQuery, { [kenarKey]: range });
  }
  const rooms = listOf(formData.rooms);
  if (rooms) kenarQuery.rooms = rooms;
  const brands = listOf(formData.brand_model);
  if (brands) kenarQuery.brand_model = brands;
  if (formData.parking && 'boolean' in formData.parking && formData.parking.boolean.value)
    kenarQuery.only_with_parking = true;
  return {
    city: query.citySlug,
    category: query.category.slug,
    ...(districts.length > 0 ? { districts } : {}),
    ...(Object.keys(kenarQuery).length > 0 ? { query: kenarQuery } : {}),
  };
}
