/**
 * The submit schemas the replica's Assets give (JSON Schema, as Kenar's assets/submit-schema
 * describes them: types string, integer, float, boolean, array; enum with enumNames; required),
 * with nested objects and lists in real estate, and the check a submission's `category_fields`
 * must pass. The fields themselves are a guess: Kenar publishes only an example.
 */
import { rpc } from './errors.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema is walked by key.
type Schema = Record<string, any>;

const ROOMS = {
  type: 'string',
  title: 'تعداد اتاق',
  enum: ['0', '1', '2', '3', '4'],
  enumNames: ['بدون اتاق', 'یک', 'دو', 'سه', 'چهار'],
};

const BUILDING = {
  type: 'object',
  title: 'ساختمان',
  required: ['floor'],
  properties: {
    floor: { type: 'integer', title: 'طبقه', minimum: -5, maximum: 200 },
    total_floors: { type: 'integer', title: 'تعداد طبقات', minimum: 1, maximum: 200 },
    year: { type: 'integer', title: 'سال ساخت (شمسی)', minimum: 1300, maximum: 1410 },
  },
};

const AMENITIES = {
  type: 'array',
  title: 'امکانات',
  maxItems: 4,
  items: {
    type: 'string',
    enum: ['parking', 'warehouse', 'balcony', 'lobby'],
    enumNames: ['پارکینگ', 'انباری', 'بالکن', 'لابی'],
  },
};

const NEARBY = {
  type: 'array',
  title: 'دسترسی‌ها',
  maxItems: 5,
  items: {
    type: 'object',
    required: ['place'],
    properties: {
      place: { type: 'string', title: 'مکان', maxLength: 40 },
      minutes: { type: 'integer', title: 'دقیقهٔ پیاده', minimum: 1, maximum: 120 },
    },
  },
};

/** The submit schema of a leaf category. */
export function submitSchemaOf(category: string): Schema {
  const realEstate = category.startsWith('apartment') || category.startsWith('house');
  const status = { type: 'string', enum: ['new', 'used'], enumNames: ['نو', 'کارکرده'] };
  // Free text in the schema; Kenar's assets list the values (brand-model, colour).
  const goods = {
    brand_model: { type: 'string', title: 'برند و مدل' },
    color: { type: 'string', title: 'رنگ' },
  };
  if (category === 'light' || category === 'mobile-phones')
    return { type: 'object', required: ['brand_model'], properties: { status, ...goods } };
  if (!realEstate) return { type: 'object', required: [], properties: { status } };
  const money = category.endsWith('rent')
    ? {
        credit: { type: 'integer', title: 'ودیعه (تومان)', minimum: 0 },
        rent: { type: 'integer', title: 'اجارهٔ ماهانه (تومان)', minimum: 0 },
      }
    : { price: { type: 'integer', title: 'قیمت کل (تومان)', minimum: 0 } };
  return {
    type: 'object',
    required: ['size', 'rooms'],
    properties: {
      size: { type: 'integer', title: 'متراژ', minimum: 10, maximum: 10_000 },
      rooms: ROOMS,
      elevator: { type: 'boolean', title: 'آسانسور' },
      ...money,
      building: BUILDING,
      amenities: AMENITIES,
      nearby: NEARBY,
    },
  };
}

function problemOf(value: unknown, schema: Schema, path: string): string | undefined {
  const type = schema.type;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    return `${path}: ${JSON.stringify(value)} is not one of the options`;
  if (type === 'integer' || type === 'number' || type === 'float') {
    if (typeof value !== 'number' || (type === 'integer' && !Number.isInteger(value)))
      return `${path}: expected ${type === 'integer' ? 'an integer' : 'a number'}`;
    if (schema.minimum !== undefined && value < schema.minimum)
      return `${path}: must be at least ${schema.minimum}`;
    if (schema.maximum !== undefined && value > schema.maximum)
      return `${path}: must be at most ${schema.maximum}`;
    return undefined;
  }
  if (type === 'boolean')
    return typeof value === 'boolean' ? undefined : `${path}: expected true or false`;
  if (type === 'string') {
    if (typeof value !== 'string') return `${path}: expected a string`;
    const length = [...value].length;
    return schema.maxLength !== undefined && length > schema.maxLength
      ? `${path}: at most ${schema.maxLength} characters`
      : undefined;
  }
  if (type === 'array') {
    if (!Array.isArray(value)) return `${path}: expected an array`;
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      return `${path}: at most ${schema.maxItems} entries`;
    for (const [i, entry] of value.entries()) {
      const problem = problemOf(entry, schema.items ?? {}, `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (type === 'object') return objectProblem(value, schema, path);
  return undefined;
}

function objectProblem(value: unknown, schema: Schema, path: string): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `${path}: expected an object`;
  const record = value as Record<string, unknown>;
  for (const name of schema.required ?? [])
    if (record[name] === undefined) return `${path}.${name}: required by the category's schema`;
  for (const [name, entry] of Object.entries(record)) {
    const child = schema.properties?.[name];
    if (!child) return `${path}.${name}: not a field of the category's schema`;
    const problem = problemOf(entry, child, `${path}.${name}`);
    if (problem) return problem;
  }
  return undefined;
}

/** Throws the 400 Kenar gives when `fields` do not satisfy the category's schema. */
export function checkCategoryFields(category: string, fields: unknown): void {
  const problem = objectProblem(fields, submitSchemaOf(category), 'category_fields');
  if (problem) throw rpc.invalid(`invalid request ${problem}`);
}
