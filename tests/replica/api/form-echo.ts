/**
 * The server's normalised echo of a search's filters: `form_data_json` (keys sorted, ranges as
 * strings with the duplicate `value`, as in the samples) and the legacy `jli` object.
 */
import type { FieldValue, FormFields } from './form-data.ts';

function wrap(field: FieldValue): Record<string, unknown> {
  switch (field.kind) {
    case 'str':
      return { str: { value: field.value } };
    case 'repeated_string':
      return { repeated_string: { value: field.values } };
    case 'boolean':
      return { boolean: field.value ? { value: true } : {} };
    case 'repeated_float':
      return { repeated_float: { value: field.values.map((value) => ({ value })) } };
    case 'number_range': {
      const range: Record<string, string> = {};
      if (field.min !== undefined) range.minimum = String(field.min);
      if (field.max !== undefined) range.maximum = String(field.max);
      return { number_range: { ...range, value: { ...range } } };
    }
  }
}

/** `form_data.data` as the server echoes it, keys sorted; `sort` is added when given. */
export function formFieldsToData(fields: FormFields, sort?: string): Record<string, unknown> {
  const entries = [...fields].filter(([key]) => key !== 'sort');
  if (sort !== undefined) entries.push(['sort', { kind: 'str', value: sort }]);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, field]) => [key, wrap(field)]));
}

/** The `form_data_json` string of page-level and card-level `search_data`. */
export function formFieldsToJson(fields: FormFields, sort?: string): string {
  return JSON.stringify({ data: formFieldsToData(fields, sort) });
}

function legacy(key: string, field: FieldValue): unknown {
  switch (field.kind) {
    case 'str':
      return { value: field.value };
    case 'repeated_string':
      return key === 'districts' ? { vacancies: field.values } : { value: field.values };
    case 'boolean':
      return field.value;
    case 'repeated_float':
      return { value: field.values };
    case 'number_range': {
      const range: Record<string, number> = {};
      if (field.min !== undefined) range.min = field.min;
      if (field.max !== undefined) range.max = field.max;
      return range;
    }
  }
}

/** The legacy `jli` echo (`{"price":{"min":…},"districts":{"vacancies":[…]},"parking":true,…}`). */
export function formFieldsToJli(
  fields: FormFields,
  cities: readonly string[],
  sort: string,
): Record<string, unknown> {
  const jli: Record<string, unknown> = {};
  for (const [key, field] of fields) if (key !== 'sort') jli[key] = legacy(key, field);
  jli.sort = { value: sort };
  jli.places = { value: [...cities] };
  jli.cities = [...cities];
  return jli;
}
