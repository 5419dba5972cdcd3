import { describe, expect, it } from 'vitest';
import { legacyPostSchema } from '@/lib/divar/schemas/legacy-post';
import { postDetailSchema } from '@/lib/divar/schemas/post-detail';
import { searchResponseSchema } from '@/lib/divar/schemas/search-response';
import { isWidget } from '@/lib/divar/schemas/widget';
import { readSample } from './samples';

describe('the schemas accept every reference sample', () => {
  it.each([
    ['searchPage1', searchResponseSchema],
    ['searchPage2Empty', searchResponseSchema],
    ['gammaxvi', postDetailSchema],
    ['jobs', postDetailSchema],
    ['legacyRent', legacyPostSchema],
    ['legacySell', legacyPostSchema],
  ] as const)('%s', (name, schema) => {
    expect(schema.safeParse(readSample(name)).success).toBe(true);
  });
});

describe('searchResponseSchema', () => {
  it('keeps unknown keys, unknown widget types and the cursor as they are', () => {
    const raw = readSample('searchPage1');
    raw.list_widgets.push({ widget_type: 'NEW_ROW', data: { x: 1 }, extra: true });
    raw.brand_new_key = { a: 1 };
    const parsed = searchResponseSchema.parse(raw);
    expect(parsed.pagination?.data).toEqual(readSample('searchPage1').pagination.data);
    expect(parsed.list_widgets?.[2]).toEqual({
      widget_type: 'NEW_ROW',
      data: { x: 1 },
      extra: true,
    });
    expect((parsed as Record<string, unknown>).brand_new_key).toEqual({ a: 1 });
    expect(parsed.list_widgets?.[0]?.data).toMatchObject({
      has_divider: true,
      layout_type: 'GRID_ITEM',
    });
  });

  it('narrows a widget to its described type', () => {
    const [widget] = searchResponseSchema.parse(readSample('searchPage1')).list_widgets ?? [];
    expect(widget && isWidget(widget, 'POST_ROW') && widget.data.token).toBe('gapa1FMk');
  });
});

describe('postDetailSchema', () => {
  it('types what the contact lookup needs', () => {
    const post = postDetailSchema.parse(readSample('gammaxvi'));
    expect(post.contact).toMatchObject({
      contact_uuid: '00000000-0000-4000-8000-00000000a001',
      chat_enabled: true,
    });
    expect(post.city?.city_id).toBe('1');
  });

  it('rejects the not-found answer', () => {
    expect(postDetailSchema.safeParse({ message: 'آگهی یافت نشد' }).success).toBe(false);
  });
});
