/**
 * Validation of `search_data.form_data.data`: every known key must use its typed wrapper
 * (NOTES §2.1, §3.2); a wrong wrapper is HTTP 400, unknown keys are ignored.
 */
import { badRequest } from './errors.ts';

/** The protobuf-style wrapper names of form_data values. */
export type Wrapper = 'str' | 'repeated_string' | 'number_range' | 'boolean' | 'repeated_float';

/** One validated form field. */
export type FieldValue =
  | { kind: 'str'; value: string }
  | { kind: 'repeated_string'; values: string[] }
  | { kind: 'number_range'; min?: number; max?: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'repeated_float'; values: number[] };

/** Validated known fields, in request order. */
export type FormFields = Map<string, FieldValue>;

const REPEATED = ['districts', 'rooms', 'brand_model', 'color', 'base_color', 'status'];
const REPEATED_MORE = ['goods-business-type', 'body_status', 'motor_status', 'gearbox'];
const REPEATED_GOODS = ['internal_storage', 'ram_memory', 'originality'];
const RANGES = ['price', 'size', 'credit', 'rent', 'floor', 'building-age', 'price_per_square'];
const BOOLEANS = ['elevator', 'parking', 'warehouse', 'balcony', 'rebuilt', 'has-photo'];
const BOOLEANS_MORE = ['rent_to_single', 'non-negotiable', 'has_installment_sale'];

/** Known keys and the wrappers accepted for each (two where sources disagree). */
export const KNOWN_FIELDS: ReadonlyMap<string, readonly Wrapper[]> = new Map<string, Wrapper[]>([
  ...['category', 'recent_ads', 'sort'].map((key): [string, Wrapper[]] => [key, ['str']]),
  ['business-type', ['repeated_string', 'str']],
  ['exchange', ['str', 'repeated_string']],
  ...[...REPEATED, ...REPEATED_MORE, ...REPEATED_GOODS].map((key): [string, Wrapper[]] => [
    key,
    ['repeated_string'],
  ]),
  ...[...RANGES, 'production-year', 'usage'].map((key): [string, Wrapper[]] => [
    key,
    ['number_range'],
  ]),
  ...[...BOOLEANS, ...BOOLEANS_MORE].map((key): [string, Wrapper[]] => [key, ['boolean']]),
  ['bbox', ['repeated_float']],
]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseBound(key: string, bound: unknown): number | undefined {
  if (bound === undefined || bound === null) return undefined;
  if (typeof bound === 'number' && Number.isFinite(bound)) return bound;
  if (typeof bound === 'string' && /^-?\d+(\.\d+)?$/.test(bound)) return Number(bound);
  throw badRequest(`form_data.${key}: number_range bounds must be numeric strings`, key);
}

function parseInner(key: string, wrapper: Wrapper, inner: unknown): FieldValue {
  if (!isObject(inner)) throw badRequest(`form_data.${key}.${wrapper} must be an object`, key);
  const value = inner.value;
  if (wrapper === 'str') {
    if (value !== undefined && typeof value !== 'string')
      throw badRequest(`form_data.${key}.str.value must be a string`, key);
    return { kind: 'str', value: value ?? '' };
  }
  if (wrapper === 'boolean') {
    if (value !== undefined && typeof value !== 'boolean')
      throw badRequest(`form_data.${key}.boolean.value must be a boolean`, key);
    return { kind: 'boolean', value: value ?? true };
  }
  if (wrapper === 'number_range') {
    if (value !== undefined && !isObject(value))
      throw badRequest(`form_data.${key}.number_range.value must be an object`, key);
    return {
      kind: 'number_range',
      min: parseBound(key, inner.minimum),
      max: parseBound(key, inner.maximum),
    };
  }
  const list = value ?? [];
  if (!Array.isArray(list))
    throw badRequest(`form_data.${key}.${wrapper}.value must be a list`, key);
  if (wrapper === 'repeated_string') {
    if (!list.every((item) => typeof item === 'string'))
      throw badRequest(`form_data.${key}: repeated_string values must be strings`, key);
    return { kind: 'repeated_string', values: list as string[] };
  }
  const floats = list.map((item) => (isObject(item) ? item.value : undefined));
  if (!floats.every((item) => typeof item === 'number'))
    throw badRequest(`form_data.${key}: repeated_float elements must be {"value": number}`, key);
  return { kind: 'repeated_float', values: floats as number[] };
}

/** Validates `form_data.data`; throws an ApiError(400) on a wrong wrapper for a known key. */
export function parseFormData(data: unknown): FormFields {
  const fields: FormFields = new Map();
  if (data === undefined || data === null) return fields;
  if (!isObject(data)) throw badRequest('search_data.form_data.data must be an object');
  for (const [key, wrapped] of Object.entries(data)) {
    const accepted = KNOWN_FIELDS.get(key);
    if (accepted === undefined) continue;
    if (!isObject(wrapped))
      throw badRequest(`form_data.${key} must be a typed wrapper object`, key);
    const wrappers = Object.keys(wrapped);
    const [wrapper] = wrappers;
    if (wrappers.length !== 1 || wrapper === undefined || !accepted.includes(wrapper as Wrapper)) {
      throw badRequest(
        `form_data.${key} expects ${accepted.join(' or ')}, got ${wrappers.join(',') || 'nothing'}`,
        key,
      );
    }
    fields.set(key, parseInner(key, wrapper as Wrapper, wrapped[wrapper]));
  }
  return fields;
}
