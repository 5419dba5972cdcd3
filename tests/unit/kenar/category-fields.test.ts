import { describe, expect, it } from 'vitest';
import {
  checkCategoryData,
  fieldsOfSchema,
  toCategoryData,
  valuesOf,
} from '@/lib/kenar/category-fields';

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
  });

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
});
