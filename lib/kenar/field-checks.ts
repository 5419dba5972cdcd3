/**
 * Checks form values against a category's fields before anything is sent: required fields,
 * numbers (any digits, as people type them), options, and the schema's limits, one problem per
 * bad field, each named by its path so the form can point at it.
 */
import { numberFromText } from '../divar/read/lenient';
import type { CategoryField, FieldProblem, FieldValue, FieldValues } from './category-fields';

const isRecord = (value: unknown): value is Record<string, FieldValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a value holds nothing worth sending (empty text, no choices, an empty object or list). */
export function isEmptyValue(value: FieldValue | undefined): boolean {
  if (value === undefined || value === '') return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmptyValue);
  if (isRecord(value)) return Object.values(value).every(isEmptyValue);
  return false;
}

/** A number typed in any digits with separators, or undefined when it is not one. */
export function numberOf(value: FieldValue | undefined): number | undefined {
  return typeof value === 'string' ? numberFromText(value) : undefined;
}

function countProblem(key: string, count: number, field: CategoryField): FieldProblem | undefined {
  const { minItems, maxItems } = field.limits ?? {};
  if (minItems !== undefined && count < minItems) return { key, code: 'too-few', limit: minItems };
  if (maxItems !== undefined && count > maxItems) return { key, code: 'too-many', limit: maxItems };
  return undefined;
}

function scalarProblem(
  key: string,
  field: CategoryField,
  value: FieldValue,
): FieldProblem | undefined {
  const limits = field.limits ?? {};
  if (field.kind === 'integer' || field.kind === 'number') {
    const number = numberOf(value);
    if (number === undefined || (field.kind === 'integer' && !Number.isInteger(number)))
      return { key, code: 'not-a-number' };
    if (limits.min !== undefined && number < limits.min)
      return { key, code: 'too-small', limit: limits.min };
    if (limits.max !== undefined && number > limits.max)
      return { key, code: 'too-large', limit: limits.max };
  }
  if (field.kind === 'choice' && !field.options?.some((o) => o.value === value))
    return { key, code: 'not-an-option' };
  if (field.kind === 'text' && typeof value === 'string') {
    const length = [...value.trim()].length;
    if (limits.minLength !== undefined && length < limits.minLength)
      return { key, code: 'too-short', limit: limits.minLength };
    if (limits.maxLength !== undefined && length > limits.maxLength)
      return { key, code: 'too-long', limit: limits.maxLength };
  }
  return undefined;
}

function checkField(
  field: CategoryField,
  value: FieldValue | undefined,
  key: string,
): FieldProblem[] {
  if (isEmptyValue(value)) {
    return field.required && field.kind !== 'boolean' ? [{ key, code: 'required' }] : [];
  }
  if (field.kind === 'object')
    return checkCategoryData(field.fields ?? [], isRecord(value) ? value : {}, `${key}.`);
  if (field.kind === 'multi' || field.kind === 'list') {
    const entries = (Array.isArray(value) ? value : []).filter((v) => !isEmptyValue(v));
    const count = countProblem(key, entries.length, field);
    if (field.kind === 'multi') {
      const bad = entries.some((v) => !field.options?.some((o) => o.value === v));
      return bad ? [{ key, code: 'not-an-option' }] : count ? [count] : [];
    }
    const item = field.item;
    const inner = item ? entries.flatMap((v, i) => checkField(item, v, `${key}.${i}`)) : [];
    return count ? [count, ...inner] : inner;
  }
  const problem = value === undefined ? undefined : scalarProblem(key, field, value);
  return problem ? [problem] : [];
}

/** Problems of `values` against `fields`; empty when they may be sent. */
export function checkCategoryData(
  fields: CategoryField[],
  values: FieldValues,
  prefix = '',
): FieldProblem[] {
  return fields.flatMap((field) => checkField(field, values[field.key], `${prefix}${field.key}`));
}
