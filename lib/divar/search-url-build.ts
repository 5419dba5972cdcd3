import type { FormValue } from './form-data';
import { inferWrapper } from './param-values';
import { FILTER_PARAMS } from './search-params';
import type { SearchQuery } from './search-query';
import { keywordText } from './search-url';

function paramValue(value: FormValue): string {
  if ('str' in value) return value.str.value;
  if ('repeated_string' in value) return value.repeated_string.value.join(',');
  if ('boolean' in value) return String(value.boolean.value);
  if ('repeated_float' in value) return value.repeated_float.value.map((v) => v.value).join(',');
  return `${value.number_range.minimum ?? ''}-${value.number_range.maximum ?? ''}`;
}

function filterParams(query: SearchQuery): [string, string][] {
  const entries: [string, string][] = [];
  for (const [key, value] of Object.entries(query.formData)) {
    if (key === 'category' || (key === 'brand_model' && query.brandModelFromPath)) continue;
    if (key === 'districts' && 'repeated_string' in value) {
      const ids = value.repeated_string.value.filter((id) => id !== query.pathDistrict?.id);
      if (ids.length > 0) entries.push([key, ids.join(',')]);
      continue;
    }
    const text = paramValue(value);
    // An unknown key's wrapper is guessed from its value: keep the value guessing the same way.
    const keepsList =
      FILTER_PARAMS[key] ||
      !('repeated_string' in value) ||
      inferWrapper(text) === 'repeated_string';
    entries.push([key, keepsList ? text : `${text},`]);
  }
  return entries;
}

/**
 * The canonical divar.ir URL of a query: path as resolved, filters as URL parameters sorted by
 * name, then `q`, `sort`, `cities` and `map_bbox`. Reading it back gives the same query.
 */
export function toSearchUrl(query: SearchQuery): string {
  const path = ['s', query.citySlug];
  if (query.keyword) path.push('list', query.keyword);
  else if (query.category) path.push(query.category.path, ...query.subPath);
  const entries = filterParams(query).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (query.query && query.query !== keywordText(query.keyword ?? ''))
    entries.push(['q', query.query]);
  if (query.sort) entries.push(['sort', query.sort]);
  if (query.hasCitiesParam) entries.push(['cities', query.cityIds.join(',')]);
  if (query.mapBbox) entries.push(['map_bbox', query.mapBbox.join(',')]);
  const search = new URLSearchParams(entries).toString();
  const encodedPath = path.map((segment) => encodeURIComponent(segment)).join('/');
  return `https://divar.ir/${encodedPath}${search ? `?${search}` : ''}`;
}
