import { describe, expect, it } from 'vitest';
import { fieldsOfSchema } from '@/lib/kenar/category-fields';
import { fieldTitle, refusedField } from '@/lib/kenar/field-names';
import { checkNewPost } from '@/lib/kenar/new-post-checks';
import { newPostQuery, readNewPostQuery } from '@/lib/kenar/new-post-link';
import type { NewPostInput } from '@/lib/kenar/schemas/new-post';
import { scopesToAsk } from '@/lib/kenar/scopes';

const input: NewPostInput = {
  businessToken: 'bPersonal01',
  city: 'tehran',
  category: 'apartment-sell',
  title: 'آپارتمان نوساز',
  description: 'نور خوب',
  chatEnabled: true,
  hidePhone: false,
  values: {},
  photos: [],
};

describe('a new post’s general fields', () => {
  it('are checked before anything is sent, each problem naming its field', () => {
    expect(checkNewPost(input)).toEqual([]);
    expect(
      checkNewPost({ ...input, businessToken: '', title: 'اب', description: ' ', city: '' }),
    ).toEqual([
      { key: 'business', code: 'required' },
      { key: 'city', code: 'required' },
      { key: 'title', code: 'too-short', limit: 3 },
      { key: 'description', code: 'required' },
    ]);
    const photos = Array.from({ length: 21 }, (_, i) => ({ path: `${i}.jpg` }));
    expect(checkNewPost({ ...input, title: 'ب'.repeat(51), photos })).toEqual([
      { key: 'title', code: 'too-long', limit: 50 },
      { key: 'photos', code: 'too-many', limit: 20 },
    ]);
  });
});

describe('field names', () => {
  const fields = fieldsOfSchema({
    properties: {
      building: {
        type: 'object',
        title: 'ساختمان',
        properties: { floor: { type: 'integer', title: 'طبقه' } },
      },
      nearby: {
        type: 'array',
        title: 'دسترسی‌ها',
        items: { type: 'object', properties: { place: { type: 'string', title: 'مکان' } } },
      },
    },
  });

  it('turns a path into titles', () => {
    expect(fieldTitle(fields, 'building.floor')).toBe('ساختمان › طبقه');
    expect(fieldTitle(fields, 'nearby.1.place')).toBe('دسترسی‌ها › 2 › مکان');
    expect(fieldTitle(fields, 'nope')).toBeUndefined();
  });

  it('reads the field a refusal names', () => {
    expect(
      refusedField(
        'HTTP 400 (3): invalid request category_fields.building.floor: must be at most 200',
      ),
    ).toEqual({ group: 'category', path: 'building.floor' });
    expect(refusedField('HTTP 400 (3): invalid request $.general_data.title: required')).toEqual({
      group: 'general',
      path: 'title',
    });
    expect(refusedField('HTTP 400 (3): general_data.images[2]: x.jpg was not uploaded')).toEqual({
      group: 'general',
      path: 'images',
    });
    expect(refusedField('size: too-small')).toEqual({ group: 'category', path: 'size' });
    expect(refusedField('HTTP 400 (3): something odd')).toBeUndefined();
  });
});

describe('opening a new listing from the popup', () => {
  it('carries the copy source through the options page address', () => {
    expect(readNewPostQuery(newPostQuery().split('#')[0] ?? '')).toEqual({ open: true });
    const copy = { token: 'gAbc1234', from: 'public' as const };
    expect(newPostQuery(copy)).toBe('?new-post=1&copy=gAbc1234&from=public#kenar-new-post');
    expect(readNewPostQuery('?new-post=1&copy=gAbc1234&from=public')).toEqual({ open: true, copy });
    expect(readNewPostQuery('?new-post=1&copy=../x&from=own')).toEqual({ open: true });
    expect(readNewPostQuery('')).toEqual({ open: false });
  });
});

describe('scopes asked for posting', () => {
  it('asks for the businesses with the submit scope, and per business for its button', () => {
    expect(scopesToAsk('submit', undefined, [])).toEqual([
      'SUBMIT_USER_POST',
      'USER_BUSINESSES_READ',
    ]);
    expect(scopesToAsk('business-button', 'bAftab0001', [])).toEqual([
      'BUSINESS_CREATE_CUSTOMIZED_BUTTON.bAftab0001',
    ]);
    expect(scopesToAsk('edit', 'gX', ['EDIT_USER_POST'])).toEqual(['POST_EDIT.gX']);
  });
});
