/** Parsing and validation of a `POST /v8/postlist/w/search` body (NOTES §2.1). */
import { expandPlaceIds } from '../data/place-lookup.ts';
import { badRequest } from './errors.ts';
import { type FormFields, parseFormData } from './form-data.ts';

/** A validated search: which listings to match and how to page them. */
export interface SearchQuery {
  /** `city_ids` as sent (strings); empty means every city. */
  rawCityIds: string[];
  /** City ids after expanding provinces and "iran". */
  cityIds: number[];
  fields: FormFields;
  /** Free text from `search_data.query`. */
  text: string;
  sort: string;
  disableRecommendation: boolean;
  sourceView: string;
  /** The raw `pagination_data` the client echoed, if any. */
  cursor: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseCityIds(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string' && /^\d+$/.test(id))) {
    throw badRequest('city_ids must be a list of digit strings', 'city_ids');
  }
  return value as string[];
}

function readSort(searchData: Record<string, unknown>, fields: FormFields): string {
  const payload = isObject(searchData.server_payload) ? searchData.server_payload : {};
  const additional = isObject(payload.additional_form_data) ? payload.additional_form_data : {};
  const sortFields = parseFormData(isObject(additional.data) ? additional.data : undefined);
  const sort = sortFields.get('sort') ?? fields.get('sort');
  return sort?.kind === 'str' && sort.value !== '' ? sort.value : 'sort_date';
}

/** Builds a SearchQuery from a parsed JSON body; throws ApiError(400) when it is malformed. */
export function parseSearchBody(body: unknown): SearchQuery {
  if (!isObject(body)) throw badRequest('the request body must be a JSON object');
  const rawCityIds = parseCityIds(body.city_ids);
  const searchData = body.search_data ?? {};
  if (!isObject(searchData)) throw badRequest('search_data must be an object', 'search_data');
  const formData = searchData.form_data ?? {};
  if (!isObject(formData)) throw badRequest('search_data.form_data must be an object');
  const fields = parseFormData(formData.data);
  const text = searchData.query ?? '';
  if (typeof text !== 'string') throw badRequest('search_data.query must be a string', 'query');
  if (body.pagination_data !== undefined && !isObject(body.pagination_data)) {
    throw badRequest('pagination_data must be an object', 'pagination_data');
  }
  return {
    rawCityIds,
    cityIds: expandPlaceIds(rawCityIds.map(Number)),
    fields,
    text: text.trim(),
    sort: readSort(searchData, fields),
    disableRecommendation: body.disable_recommendation === true,
    sourceView: typeof body.source_view === 'string' ? body.source_view : 'FILTER',
    cursor: body.pagination_data,
  };
}
