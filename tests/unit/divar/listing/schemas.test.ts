import { describe, expect, it } from 'vitest';
import { legacyPostSchema } from '@/lib/divar/schemas/legacy-post';
import { postDetailSchema } from '@/lib/divar/schemas/post-detail';
import { searchResponseSchema } from '@/lib/divar/schemas/search-response';
import { isWidget } from '@/lib/divar/schemas/widget';
import { type RawJson, readSample } from './samples';

/** The paths of every issue, dotted. */
function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return result.error?.issues.map((issue) => issue.path.join('.')) ?? [];
}

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
    expect(parsed.pagination.data).toEqual(readSample('searchPage1').pagination.data);
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

  it.each([
    [(raw: RawJson) => delete raw.list_widgets[1].data.token, 'list_widgets.1.data.token'],
    [
      (raw: RawJson) => (raw.list_widgets[0].data.image_count = '۸'),
      'list_widgets.0.data.image_count',
    ],
    [(raw: RawJson) => delete raw.pagination, 'pagination'],
    [(raw: RawJson) => (raw.pagination.has_next_page = 'yes'), 'pagination.has_next_page'],
    [
      (raw: RawJson) => (raw.list_widgets[0].action_log.server_side_info.info.sort_date = 1),
      'list_widgets.0.action_log.server_side_info.info.sort_date',
    ],
  ])('fails loudly with the path of a missing or mistyped field (%#)', (edit, path) => {
    const raw = readSample('searchPage1');
    edit(raw);
    expect(issuePaths(searchResponseSchema.safeParse(raw))).toEqual([path]);
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

  it.each([
    [(raw: RawJson) => delete raw.sections, 'sections'],
    [
      (raw: RawJson) => (raw.sections[4].widgets[2].data.value = 20500000000),
      'sections.4.widgets.2.data.value',
    ],
    [
      (raw: RawJson) => delete raw.sections[1].widgets[0].data.title,
      'sections.1.widgets.0.data.title',
    ],
    [(raw: RawJson) => (raw.city.city_id = 1), 'city.city_id'],
    [
      (raw: RawJson) => {
        delete raw.webengage.token;
        delete raw.share;
      },
      'webengage.token',
    ],
  ])('fails loudly with the path (%#)', (edit, path) => {
    const raw = readSample('gammaxvi');
    edit(raw);
    expect(issuePaths(postDetailSchema.safeParse(raw))).toEqual([path]);
  });

  it('rejects the not-found answer', () => {
    expect(postDetailSchema.safeParse({ message: 'آگهی یافت نشد' }).success).toBe(false);
  });
});

describe('legacyPostSchema', () => {
  it.each([
    [(raw: RawJson) => delete raw.token, 'token'],
    [(raw: RawJson) => (raw.widgets.list_data[1].value = 950000000), 'widgets.list_data.1.value'],
    [(raw: RawJson) => delete raw.widgets.header.title, 'widgets.header.title'],
  ])('fails loudly with the path (%#)', (edit, path) => {
    const raw = readSample('legacyRent');
    edit(raw);
    expect(issuePaths(legacyPostSchema.safeParse(raw))).toEqual([path]);
  });
});
