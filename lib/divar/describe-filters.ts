import { categoryFromPath } from './categories';
import type { FormValue } from './form-data';
import { placeById } from './places';
import type { SearchQuery } from './search-query';

/** One filter as a person reads it: which filter, and its value in words and numbers. */
export interface FilterRow {
  key: string;
  /** Numbers are left as numbers so the UI writes them in its own digits. */
  value:
    | { kind: 'range'; min?: number; max?: number }
    | { kind: 'yes' }
    | { kind: 'text'; text: string };
}

function rowOf(key: string, value: FormValue): FilterRow | undefined {
  if ('number_range' in value) {
    const { minimum, maximum } = value.number_range;
    return {
      key,
      value: {
        kind: 'range',
        min: minimum === undefined ? undefined : Number(minimum),
        max: maximum === undefined ? undefined : Number(maximum),
      },
    };
  }
  if ('boolean' in value) return value.boolean.value ? { key, value: { kind: 'yes' } } : undefined;
  if ('str' in value) return { key, value: { kind: 'text', text: value.str.value } };
  if ('repeated_string' in value) {
    const names = value.repeated_string.value.map((v) =>
      key === 'districts' ? (placeById(v)?.name ?? v) : v,
    );
    return { key, value: { kind: 'text', text: names.join('، ') } };
  }
  return {
    key,
    value: { kind: 'text', text: value.repeated_float.value.map((v) => v.value).join(', ') },
  };
}

/**
 * A search the way divar shows it: the cities and category by name, then every filter with its
 * value (districts by name). Keys stay as divar names them so the UI can translate them.
 */
export function describeFilters(query: SearchQuery): {
  cities: string[];
  category: string | undefined;
  rows: FilterRow[];
} {
  const cities = query.cityIds.map((id) => placeById(id)?.name ?? id);
  const category = query.category
    ? (query.category.name ?? categoryFromPath(query.category.path).name ?? query.category.slug)
    : undefined;
  const rows = Object.entries(query.formData)
    .filter(([key]) => key !== 'category')
    .map(([key, value]) => rowOf(key, value))
    .filter((row): row is FilterRow => row !== undefined);
  return { cities, category, rows };
}
