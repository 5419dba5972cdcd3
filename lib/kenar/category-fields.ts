import { toAsciiDigits } from '../divar/text';

/** One field of a category's submit schema, as a form shows it. */
export interface CategoryField {
  key: string;
  title: string;
  kind: 'text' | 'integer' | 'number' | 'boolean' | 'choice';
  options?: { value: string; label: string }[];
  required: boolean;
}

/** A value a form holds for a field: text as typed, or a checkbox. */
export type FieldInput = string | boolean;

/** Why a field's value cannot be sent. */
export interface FieldProblem {
  key: string;
  code: 'required' | 'not-a-number' | 'not-an-option';
}

type JsonSchema = {
  type?: string;
  title?: string;
  enum?: unknown[];
  enumNames?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

/** The fields of a Kenar submit schema (JSON Schema `properties`), in its order; unknown types are text. */
export function fieldsOfSchema(schema: unknown): CategoryField[] {
  const root = (schema ?? {}) as JsonSchema;
  const required = new Set(root.required ?? []);
  return Object.entries(root.properties ?? {}).map(([key, prop]) => {
    const base = { key, title: prop.title ?? key, required: required.has(key) };
    if (Array.isArray(prop.enum)) {
      const options = prop.enum.map((value, i) => ({
        value: String(value),
        label: String(prop.enumNames?.[i] ?? value),
      }));
      return { ...base, kind: 'choice' as const, options };
    }
    if (prop.type === 'boolean') return { ...base, kind: 'boolean' as const };
    if (prop.type === 'integer' || prop.type === 'number') return { ...base, kind: prop.type };
    return { ...base, kind: 'text' as const };
  });
}

/** Checks form values against the fields before anything is sent; one problem per bad field. */
export function checkCategoryData(
  fields: CategoryField[],
  values: Record<string, FieldInput>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of fields) {
    const value = values[field.key];
    const isEmpty = value === undefined || value === '';
    if (isEmpty) {
      if (field.required && field.kind !== 'boolean')
        problems.push({ key: field.key, code: 'required' });
      continue;
    }
    const number = typeof value === 'string' ? Number(toAsciiDigits(value).trim()) : Number.NaN;
    if ((field.kind === 'integer' || field.kind === 'number') && !Number.isFinite(number)) {
      problems.push({ key: field.key, code: 'not-a-number' });
    } else if (field.kind === 'integer' && !Number.isInteger(number)) {
      problems.push({ key: field.key, code: 'not-a-number' });
    } else if (field.kind === 'choice' && !field.options?.some((o) => o.value === value)) {
      problems.push({ key: field.key, code: 'not-an-option' });
    }
  }
  return problems;
}

/** The `category_data` to send: numbers as numbers, empty fields left out. */
export function toCategoryData(
  fields: CategoryField[],
  values: Record<string, FieldInput>,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.key];
    if (value === undefined || value === '') continue;
    const isNumber = field.kind === 'integer' || field.kind === 'number';
    data[field.key] = isNumber ? Number(toAsciiDigits(String(value)).trim()) : value;
  }
  return data;
}

/** Form values from a post's current `category_data`. */
export function valuesOf(
  fields: CategoryField[],
  data: Record<string, unknown> | undefined,
): Record<string, FieldInput> {
  const values: Record<string, FieldInput> = {};
  for (const field of fields) {
    const value = data?.[field.key];
    if (value === undefined || value === null) continue;
    values[field.key] = field.kind === 'boolean' ? value === true : String(value);
  }
  return values;
}
