import { describe, expect, it } from 'vitest';
import { listingsFromSearchResponse } from '@/lib/divar/listing/search';
import { readLegacyAnswer, readPostAnswer, readSearchAnswer } from '@/lib/divar/read/answers';
import { skippedCount } from '@/lib/divar/read/drift';
import { type RawJson, readSample } from '../listing/samples';

const skippedPaths = (read: { drift: { skipped: { path: string; seen: string }[] } }) =>
  read.drift.skipped.map((entry) => `${entry.path} (${entry.seen})`);

describe('readSearchAnswer skips an odd field and keeps the rest', () => {
  it.each([
    [
      (raw: RawJson) => (raw.list_widgets[0].data.image_count = { n: 8 }),
      'list_widgets[POST_ROW].data.image_count (object)',
    ],
    [(raw: RawJson) => (raw.pagination.has_next_page = 'yes'), 'pagination.has_next_page (string)'],
    [
      (raw: RawJson) => (raw.list_widgets[0].action_log.server_side_info.info.sort_date = []),
      'list_widgets[POST_ROW].action_log.server_side_info.info.sort_date (array)',
    ],
    [
      (raw: RawJson) => (raw.list_widgets[1].data.title = null),
      'list_widgets[POST_ROW].data.title (null)',
    ],
  ])('case %#', (edit, path) => {
    const raw = readSample('searchPage1');
    edit(raw);
    const read = readSearchAnswer(raw);
    if (!read.ok) throw new Error(read.expected);
    expect(skippedPaths(read)).toEqual([path]);
    const tokens = listingsFromSearchResponse(read.data).listings.map((l) => l.token);
    expect(tokens).toEqual(['gapa1FMk', 'gapCVkTW']);
  });

  it('reads numbers sent as text in any digits, and booleans as "true"/"false"', () => {
    const raw = readSample('searchPage1');
    raw.list_widgets[0].data.image_count = '۱۲';
    raw.list_widgets[0].data.has_chat = 'true';
    raw.pagination.has_next_page = 'false';
    const read = readSearchAnswer(raw);
    if (!read.ok) throw new Error(read.expected);
    expect(skippedCount(read.drift)).toBe(0);
    const [card] = listingsFromSearchResponse(read.data).listings;
    expect(card).toMatchObject({ imageCount: 12, hasChat: true });
    expect(read.data.pagination?.has_next_page).toBe(false);
  });

  it('drops only the card whose token is gone, naming it', () => {
    const raw = readSample('searchPage1');
    delete raw.list_widgets[1].data.token;
    const read = readSearchAnswer(raw);
    if (!read.ok) throw new Error(read.expected);
    expect(skippedPaths(read)).toEqual(['list_widgets[POST_ROW].data.token (missing)']);
    expect(listingsFromSearchResponse(read.data).listings.map((l) => l.token)).toEqual([
      'gapa1FMk',
    ]);
  });

  it.each([
    ['not an object', [], '(root)', /JSON object/],
    ['an error body', { message: 'خطا' }, '(root)', /divar said: خطا/],
    ['no widget list', { list_widgets: 'oops', pagination: {} }, 'list_widgets', /widget list/],
    [
      'something else',
      { hello: 1 },
      'list_widgets or pagination or search_id or search_bar',
      /search page/,
    ],
  ])("fails the whole answer only when it is not divar's: %s", (_, json, path, expected) => {
    const read = readSearchAnswer(json);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.path).toBe(path);
    expect(read.expected).toMatch(expected);
  });
});

describe('readPostAnswer', () => {
  it('finds the token where divar put it when webengage and the share link are gone', () => {
    const raw = readSample('gammaxvi');
    delete raw.webengage;
    delete raw.share;
    const read = readPostAnswer(raw);
    expect(read.ok && read.data.webengage?.token).toBe('gammaxvi');
  });

  it('takes the token it asked for before scanning', () => {
    const raw = readSample('gammaxvi');
    raw.webengage.token = 42;
    delete raw.share;
    const read = readPostAnswer(raw, 'gammaxvi');
    expect(read.ok && read.data.webengage?.token).toBe('gammaxvi');
  });

  it('keeps a fact row with an odd value out, and every other row in', () => {
    const raw = readSample('gammaxvi');
    raw.sections[4].widgets[2].data.value = { amount: 1 };
    raw.city.city_id = 1;
    const read = readPostAnswer(raw);
    if (!read.ok) throw new Error(read.expected);
    expect(skippedPaths(read)).toEqual([
      'sections[LIST_DATA].widgets[UNEXPANDABLE_ROW].data.value (object)',
    ]);
    expect(read.data.city?.city_id).toBe('1');
  });

  it("refuses the not-found answer with divar's words", () => {
    const read = readPostAnswer({ message: 'آگهی یافت نشد' });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.expected).toMatch(/آگهی یافت نشد/);
  });
});

describe('readLegacyAnswer', () => {
  it('keeps the post when its header title or a row is odd', () => {
    const raw = readSample('legacyRent');
    raw.widgets.header.title = { t: 1 };
    raw.widgets.list_data[1].value = [];
    const read = readLegacyAnswer(raw);
    if (!read.ok) throw new Error(read.expected);
    expect(read.data.token).toBe('AZ-2yPhB');
    expect(read.drift.skipped.map((e) => e.path)).toEqual([
      'widgets.header.title',
      'widgets.list_data[string].value',
    ]);
  });
});
