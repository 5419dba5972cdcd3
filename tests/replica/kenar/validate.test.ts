import { describe, expect, it } from 'vitest';
import { validate } from './validate.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('validate against the Kenar spec', () => {
  it('reads requests as grpc-gateway does: int64 as string or number, unknown fields ignored', () => {
    const range = ref('finderSearchQueryNumberRange');
    expect(validate({ min: '10', max: 20, extra: true }, range, 'request')).toBeUndefined();
    expect(validate({ min: 'ten' }, range, 'request')).toEqual({
      path: '$.min',
      message: 'expected int64 (a string of digits)',
    });
  });

  it('requires text and messages the spec requires, not booleans or lists proto3 cannot tell apart', () => {
    expect(validate({ description: 'd' }, ref('PostEditPostBody'), 'request')).toEqual({
      path: '$.title',
      message: 'required',
    });
    const body = ref('PostEditPostV2Body');
    const general = {
      category_slug: 'light',
      title: 'پژو',
      description: 'd',
      city: 'tehran',
      location_type: 'LOCATION_TYPE_EMPTY',
    };
    expect(
      validate({ update_mask: ['general_data.title'], general_data: general }, body, 'request'),
    ).toBeUndefined();
    const noCity = { ...general, city: undefined };
    expect(validate({ update_mask: [], general_data: noCity }, body, 'request')?.path).toBe(
      '$.general_data.city',
    );
  });

  it('writes answers as proto3 JSON: int64 as strings, no zero values, no undeclared fields', () => {
    const item = ref('finderSearchPostItem');
    expect(validate({ token: 'a', price: { value: '100' } }, item, 'response')).toBeUndefined();
    expect(validate({ price: { value: 100 } }, item, 'response')?.path).toBe('$.price.value');
    expect(validate({ token: '' }, item, 'response')?.message).toBe(
      'proto3 JSON omits zero values',
    );
    expect(validate({ tokne: 'a' }, item, 'response')?.message).toBe('not in the spec');
    expect(validate({ state: 'GONE' }, ref('finderGetPostResponse'), 'response')?.message).toBe(
      'unknown enum value GONE',
    );
  });
});
