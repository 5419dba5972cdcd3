import { type FormData, type FormValue, repeatedString } from './form-data';
import { formDataJsonSchema } from './form-data-schema';
import type { PageSearchState } from './page-state';
import type { SearchQuery } from './search-query';

/** One field where the page's own filters and the URL's reading disagree. */
export interface FieldDifference {
  /** `city_ids` or a form_data key. */
  field: string;
  url: string | undefined;
  page: string | undefined;
  /** The values themselves, so the popup can write them in words (city ids as a list). */
  urlValue?: FormValue;
  pageValue?: FormValue;
}

/** The outcome of comparing divar's resolved filters with parseSearchUrl's. */
export type CrossCheck =
  | { status: 'agrees' }
  | { status: 'differs'; differences: FieldDifference[]; formData: FormData; cityIds: string[] }
  | { status: 'unreadable'; reason: string };

/** A comparable text for a value: order-free lists, bounds only for ranges. */
function comparableText(value: FormValue | undefined): string | undefined {
  if (!value) return undefined;
  if ('str' in value) return value.str.value;
  if ('boolean' in value) return String(value.boolean.value);
  if ('repeated_string' in value) return [...value.repeated_string.value].sort().join(',');
  if ('repeated_float' in value) return value.repeated_float.value.map((v) => v.value).join(',');
  return `${value.number_range.minimum ?? ''}..${value.number_range.maximum ?? ''}`;
}

/**
 * Compares divar's own resolved filters for a page (its inline state) with what the URL parser
 * made of the same URL. When they differ the page wins, and every differing field is listed.
 */
export function crossCheckPageState(query: SearchQuery, state: PageSearchState): CrossCheck {
  const parsed = formDataJsonSchema.safeParse(state.formDataJson);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      status: 'unreadable',
      reason: `${issue?.path.join('.') || 'form_data_json'}: ${issue?.message}`,
    };
  }
  const page = parsed.data;
  const differences: FieldDifference[] = [];
  const keys = [...new Set([...Object.keys(query.formData), ...Object.keys(page)])].sort();
  for (const field of keys) {
    const [url, pageValue] = [comparableText(query.formData[field]), comparableText(page[field])];
    if (url !== pageValue)
      differences.push({
        field,
        url,
        page: pageValue,
        ...(query.formData[field] ? { urlValue: query.formData[field] } : {}),
        ...(page[field] ? { pageValue: page[field] } : {}),
      });
  }
  const cityIds = state.cities.length > 0 ? state.cities : query.cityIds;
  const [urlCities, pageCities] = [
    [...query.cityIds].sort().join(','),
    [...cityIds].sort().join(','),
  ];
  if (urlCities !== pageCities)
    differences.unshift({
      field: 'city_ids',
      url: urlCities,
      page: pageCities,
      urlValue: repeatedString(query.cityIds),
      pageValue: repeatedString(cityIds),
    });
  if (differences.length === 0) return { status: 'agrees' };
  return { status: 'differs', differences, formData: page, cityIds };
}

/** The query to send: the URL's reading, or the page's own filters when they differ. */
export function effectiveQuery(query: SearchQuery, check: CrossCheck | undefined): SearchQuery {
  if (check?.status !== 'differs') return query;
  return { ...query, formData: check.formData, cityIds: check.cityIds };
}
