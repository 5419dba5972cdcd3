import { describe, expect, it } from 'vitest';
import { fieldsOfSchema } from '@/lib/kenar/category-fields';
import { checkCategoryData } from '@/lib/kenar/field-checks';
import { changedFields, toCategoryData, valuesOf } from '@/lib/kenar/field-values';

const schema = {
  type: 'object',
  required: ['size', 'rooms'],
  properties: {
    size: { type: 'integer', title: 'متراژ' },
    rooms: { type: 'string', enum: ['0', '1', '2'], enumNames: ['بدون اتاق', 'یک', 'دو'] },
    elevator: { type: 'boolean', title: 'آسانسور' },
    note: { type: 'string' },
  },
};

// Nested objects, several choices, a list of objects, limits: as the replica's real estate.
const nested = {
  type: 'object',
  required: ['size'],
  properties: {
    size: { type: 'integer', title: 'متراژ', minimum: 10, maximum: 10000 },
    building: {
      type: 'object',
      title: 'ساختمان',
      required: ['floor'],
      properties: {
        floor: { type: 'integer', title: 'طبقه', minimum: -5, maximum: 200 },
        total_floors: { type: 'integer', title: 'تعداد طبقات' },
      },
    },
    amenities: {
      type: 'array',
      title: 'امکانات',
      maxItems: 2,
      items: {
        type: 'string',
        enum: ['parking', 'lobby', 'balcony'],
        enumNames: ['پارکینگ', 'لابی', 'بالکن'],
      },
    },
    nearby: {
      type: 'array',
      title: 'دسترسی‌ها',
      items: {
        type: 'object',
        required: ['place'],
        properties: {
          place: { type: 'string', title: 'مکان', maxLength: 10 },
          minutes: { type: 'float', title: 'دقیقه' },
        },
      },
    },
  },
};

describe('category fields from a submit schema', () => {
  it('turns JSON Schema properties into form fields', () => {
    expect(fieldsOfSchema(schema)).toEqual([
      { key: 'size', title: 'متراژ', required: true, kind: 'integer' },
      {
        key: 'rooms',
        title: 'rooms',
        required: true,
        kind: 'choice',
        options: [
          { value: '0', label: 'بدون اتاق' },
          { value: '1', label: 'یک' },
          { value: '2', label: 'دو' },
        ],
      },
      { key: 'elevator', title: 'آسانسور', required: false, kind: 'boolean' },
      { key: 'note', title: 'note', required: false, kind: 'text' },
    ]);
    expect(fieldsOfSchema(undefined)).toEqual([]);
  });

  it('nests objects and lists, keeps several-choice arrays and the limits', () => {
    const [size, building, amenities, nearby] = fieldsOfSchema(nested);
    expect(size).toMatchObject({ kind: 'integer', limits: { min: 10, max: 10000 } });
    expect(building).toMatchObject({ kind: 'object', required: false });
    expect(building?.fields?.map((f) => [f.key, f.required])).toEqual([
      ['floor', true],
      ['total_floors', false],
    ]);
    expect(amenities).toMatchObject({ kind: 'multi', limits: { maxItems: 2 } });
    expect(amenities?.options?.[1]).toEqual({ value: 'lobby', label: 'لابی' });
    expect(nearby?.kind).toBe('list');
    expect(nearby?.item?.fields?.map((f) => f.kind)).toEqual(['text', 'number']);
  });

  it('reads a drifting schema without failing: odd nodes become text, odd enum entries drop', () => {
    const odd = {
      required: 'size',
      properties: {
        size: 'integer',
        kind: { type: 'string', enum: ['a', { x: 1 }, 2], enumNames: 'names' },
        when: { type: 'date-time', title: 7, maximum: 'ten' },
      },
    };
    expect(fieldsOfSchema(odd)).toEqual([
      { key: 'size', title: 'size', required: false, kind: 'text' },
      {
        key: 'kind',
        title: 'kind',
        required: false,
        kind: 'choice',
        options: [
          { value: 'a', label: 'a' },
          { value: '2', label: '2' },
        ],
      },
      { key: 'when', title: 'when', required: false, kind: 'text' },
    ]);
  });
});

describe('checking values before anything is sent', () => {
  it('names every field that cannot be sent', () => {
    const fields = fieldsOfSchema(schema);
    expect(checkCategoryData(fields, { size: '98.5', rooms: '7' })).toEqual([
      { key: 'size', code: 'not-a-number' },
      { key: 'rooms', code: 'not-an-option' },
    ]);
    expect(checkCategoryData(fields, {})).toEqual([
      { key: 'size', code: 'required' },
      { key: 'rooms', code: 'required' },
    ]);
    expect(checkCategoryData(fields, { size: '98', rooms: '2', elevator: true })).toEqual([]);
    expect(checkCategoryData(fields, { size: '۹۸', rooms: '2' })).toEqual([]);
    expect(checkCategoryData(fields, { size: '۱۲۰٬۰۰۰', rooms: '2' })).toEqual([]);
  });

  it('checks nested fields by path, with the schema limits', () => {
    const fields = fieldsOfSchema(nested);
    expect(
      checkCategoryData(fields, {
        size: '۵',
        building: { total_floors: '4' },
        amenities: ['parking', 'lobby', 'balcony'],
        nearby: [{ place: 'ایستگاه مترو تجریش', minutes: '۳٫۵' }, { minutes: '2' }],
      }),
    ).toEqual([
      { key: 'size', code: 'too-small', limit: 10 },
      { key: 'building.floor', code: 'required' },
      { key: 'amenities', code: 'too-many', limit: 2 },
      { key: 'nearby.0.place', code: 'too-long', limit: 10 },
      { key: 'nearby.1.place', code: 'required' },
    ]);
    // An optional object left empty is fine; so is an empty list entry.
    expect(
      checkCategoryData(fields, { size: '80', building: { floor: '' }, nearby: [{}] }),
    ).toEqual([]);
    expect(checkCategoryData(fields, { size: '80', amenities: ['pool'] })).toEqual([
      { key: 'amenities', code: 'not-an-option' },
    ]);
  });
});

describe('values to category_data and back', () => {
  it('sends numbers as numbers and reads current values back', () => {
    const fields = fieldsOfSchema(schema);
    expect(toCategoryData(fields, { size: '۹۸', rooms: '2', elevator: false, note: '' })).toEqual({
      size: 98,
      rooms: '2',
      elevator: false,
    });
    expect(valuesOf(fields, { size: 98, rooms: '2', elevator: true })).toEqual({
      size: '98',
      rooms: '2',
      elevator: true,
    });
  });

  it('round-trips nested data, leaving empty parts out', () => {
    const fields = fieldsOfSchema(nested);
    const data = toCategoryData(fields, {
      size: '۸۰',
      building: { floor: '۳', total_floors: '' },
      amenities: ['lobby'],
      nearby: [{ place: 'مترو', minutes: '۳٫۵' }, { place: '' }],
    });
    expect(data).toEqual({
      size: 80,
      building: { floor: 3 },
      amenities: ['lobby'],
      nearby: [{ place: 'مترو', minutes: 3.5 }],
    });
    expect(valuesOf(fields, data)).toEqual({
      size: '80',
      building: { floor: '3' },
      amenities: ['lobby'],
      nearby: [{ place: 'مترو', minutes: '3.5' }],
    });
  });

  it('names the top-level fields an edit changes, and only those', () => {
    const fields = fieldsOfSchema(nested);
    const before = { size: '80', building: { floor: '3' } };
    expect(changedFields(fields, before, { size: '۸۰', building: { floor: '3' } })).toEqual([]);
    expect(changedFields(fields, before, { size: '80', building: { floor: '4' } })).toEqual([
      'building',
    ]);
    expect(
      changedFields(fields, before, { building: { floor: '3' }, amenities: ['lobby'] }),
    ).toEqual(['size', 'amenities']);
  });
});
