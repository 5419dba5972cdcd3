/**
 * Between form values and Kenar's `category_data`: numbers sent as numbers, empty fields left
 * out (nested ones too), current data read back into the form, and which top-level fields an
 * edit changes (for an update mask of exactly those).
 */
import type { CategoryField, FieldValue, FieldValues } from './category-fields';
import { isEmptyValue, numberOf } from './field-checks';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function toData(field: CategoryField, value: FieldValue | undefined): unknown {
  if (value === undefined || isEmptyValue(value)) return undefined;
  switch (field.kind) {
    case 'integer':
    case 'number':
      return numberOf(value);
    case 'object':
      return toCategoryData(field.fields ?? [], isRecord(value) ? (value as FieldValues) : {});
    case 'multi':
      return (Array.isArray(value) ? value : []).filter((v) => !isEmptyValue(v));
    case 'list': {
      const item = field.item;
      const entries = Array.isArray(value) ? value : [];
      return item ? entries.map((v) => toData(item, v)).filter((v) => v !== undefined) : [];
    }
    default:
      return value;
  }
}

/** The `category_data` (or `category_fields`) to send: numbers as numbers, empty fields left out. */
export function toCategoryData(
  fields: CategoryField[],
  values: FieldValues,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const value = toData(field, values[field.key]);
    if (value !== undefined) data[field.key] = value;
  }
  return data;
}

function toValue(field: CategoryField, data: unknown): FieldValue | undefined {
  if (data === undefined || data === null) return undefined;
  switch (field.kind) {
    case 'boolean':
      return data === true;
    case 'object':
      return isRecord(data) ? valuesOf(field.fields ?? [], data) : undefined;
    case 'multi':
      return Array.isArray(data) ? data.map(String) : undefined;
    case 'list': {
      const item = field.item;
      if (!Array.isArray(data) || !item) return undefined;
      return data.flatMap((entry) => {
        const value = toValue(item, entry);
        return value === undefined ? [] : [value];
      });
    }
    default:
      return typeof data === 'object' ? undefined : String(data);
  }
}

/** Form values from a post's current `category_data`. */
export function valuesOf(
  fields: CategoryField[],
  data: Record<string, unknown> | undefined,
): FieldValues {
  const values: FieldValues = {};
  for (const field of fields) {
    const value = toValue(field, data?.[field.key]);
    if (value !== undefined) values[field.key] = value;
  }
  return values;
}

/** The top-level fields whose data differs between two sets of form values. */
export function changedFields(
  fields: CategoryField[],
  before: FieldValues,
  after: FieldValues,
): string[] {
  const old = toCategoryData(fields, before);
  const next = toCategoryData(fields, after);
  return fields
    .map((field) => field.key)
    .filter((key) => JSON.stringify(old[key]) !== JSON.stringify(next[key]));
}
