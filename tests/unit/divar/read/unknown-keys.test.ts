import { describe, expect, it } from 'vitest';
import { countUnknownKeys } from '@/lib/divar/read/unknown-keys';
import { legacyListDataSchema } from '@/lib/divar/schemas/legacy-post';
import { modalWidgetSchema, postWidgetSchema } from '@/lib/divar/schemas/post-widgets';
import { searchWidgetSchema } from '@/lib/divar/schemas/search-response';

describe('countUnknownKeys through tagged schemas built on first use', () => {
  it('walks a legacy list_data entry by its format, not only its tag', () => {
    const entry = { format: 'string', title: 'متراژ', value: '۸۰' };
    expect(countUnknownKeys(legacyListDataSchema, entry)).toBe(0);
    expect(countUnknownKeys(legacyListDataSchema, { ...entry, color: 'red' })).toBe(1);
  });

  it('walks posts-v2 and modal widgets by widget_type', () => {
    const row = { widget_type: 'DESCRIPTION_ROW', data: { text: 'نوساز' } };
    expect(countUnknownKeys(postWidgetSchema, row)).toBe(0);
    expect(countUnknownKeys(postWidgetSchema, { ...row, data: { text: 'x', tone: 1 } })).toBe(1);
    const feature = { widget_type: 'FEATURE_ROW', data: { title: 'آسانسور', icon: {} } };
    expect(countUnknownKeys(modalWidgetSchema, feature)).toBe(1);
  });

  it('does not walk into widget types it does not describe', () => {
    const other = { widget_type: 'NEW_ROW', data: { a: 1, b: 2 } };
    expect(countUnknownKeys(searchWidgetSchema, other)).toBe(0);
    expect(countUnknownKeys(postWidgetSchema, other)).toBe(0);
  });
});
