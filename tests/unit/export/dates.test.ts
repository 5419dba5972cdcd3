import { describe, expect, it } from 'vitest';
import { COLUMNS, columnsFor } from '@/lib/export/columns';
import { isoTehran, jalaliText, sheetDate, withJalaliColumns } from '@/lib/export/dates';
import { makeListing } from './listings';

// divar's own form: UTC with microseconds (a real post's publish time).
const AT = new Date('2026-09-21T20:36:10.203722Z');

describe('export dates', () => {
  it('are ISO 8601 in Tehran time with its offset, to the second', () => {
    expect(isoTehran(AT)).toBe('2026-09-22T00:06:10+03:30');
    // Iran kept summer time until 2022: the offset follows the date.
    expect(isoTehran(new Date('2020-06-01T00:00:00Z'))).toBe('2020-06-01T04:30:00+04:30');
  });

  it('give spreadsheets a date whose fields are the Tehran clock', () => {
    expect(sheetDate(AT).toISOString()).toBe('2026-09-22T00:06:10.000Z');
  });

  it('are also written in the Jalali calendar, as Iranian spreadsheets do', () => {
    expect(jalaliText(AT)).toBe('1405/06/31 00:06');
  });

  it('add a Jalali twin after each date column, in both header languages', () => {
    const columns = withJalaliColumns(columnsFor(['title', 'publishedAt', 'price']));
    expect(columns.map((c) => c.key)).toEqual([
      'title',
      'publishedAt',
      'publishedAtJalali',
      'price',
    ]);
    const jalali = columns[2];
    expect([jalali?.fa, jalali?.en]).toEqual(['تاریخ انتشار (شمسی)', 'Published (Jalali)']);
    expect(jalali?.read(makeListing({ publishedAt: AT.toISOString() }))).toBe('1405/06/31 00:06');
    expect(
      jalali?.read(makeListing({ publishedAt: 'not a date', sortDate: undefined })),
    ).toBeUndefined();
    expect(COLUMNS.filter((c) => c.kind === 'date').length).toBeGreaterThan(0);
  });
});
