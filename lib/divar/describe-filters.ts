import type { Lang } from '../i18n';
import { categoryName } from './category-names';
import type { FormValue } from './form-data';
import { placeNameById } from './places';
import type { SearchQuery } from './search-query';

/** A filter's value before it is written in words: numbers stay numbers, lists stay lists. */
export type FilterValue =
  | { kind: 'range'; min?: number; max?: number }
  | { kind: 'yes' }
  | { kind: 'items'; items: string[] }
  | { kind: 'numbers'; numbers: number[] };

/** One filter as a person reads it: which filter (divar's key), and its value. */
export interface FilterRow {
  key: string;
  value: FilterValue;
}

/** A form_data value as a FilterValue; districts by name. Undefined for a false boolean. */
export function filterValueOf(key: string, value: FormValue, lang: Lang): FilterValue | undefined {
  if ('number_range' in value) {
    const { minimum, maximum } = value.number_range;
    return {
      kind: 'range',
      min: minimum === undefined ? undefined : Number(minimum),
      max: maximum === undefined ? undefined : Number(maximum),
    };
  }
  if ('boolean' in value) return value.boolean.value ? { kind: 'yes' } : undefined;
  if ('str' in value) return { kind: 'items', items: [value.str.value] };
  if ('repeated_string' in value) {
    const items = value.repeated_string.value.map((v) =>
      key === 'districts' ? (placeNameById(v, lang) ?? v) : v,
    );
    return { kind: 'items', items };
  }
  return { kind: 'numbers', numbers: value.repeated_float.value.map((v) => v.value) };
}

/**
 * A search the way divar shows it: the cities and category by name (sale or rent said), then
 * every filter with its value (districts by name). Keys stay as divar names them so the UI can
 * translate them; cities missing from divar's table are left out.
 */
export function describeFilters(
  query: SearchQuery,
  lang: Lang,
): { cities: string[]; category: string | undefined; rows: FilterRow[] } {
  const cities = query.cityIds.flatMap((id) => placeNameById(id, lang) ?? []);
  const category = query.category ? categoryName(query.category.slug, lang) : undefined;
  const rows = Object.entries(query.formData)
    .filter(([key]) => key !== 'category')
    .flatMap(([key, value]) => {
      const described = filterValueOf(key, value, lang);
      return described ? [{ key, value: described }] : [];
    });
  return { cities, category, rows };
}
