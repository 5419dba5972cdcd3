import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '@/lib/export/cell';
import { COLUMNS, columnsFor } from '@/lib/export/columns';
import { csvField, toCsv, toCsvBlob } from '@/lib/export/csv';
import { DEFAULT_COLUMNS } from '@/lib/export/default-columns';
import { FORMULA_TITLES, makeListing, parseCsv } from './listings';

const columns = columnsFor([
  'title',
  'price',
  'size',
  'floor',
  'hasParking',
  'tags',
  'publishedAt',
]);
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('CSV export', () => {
  it('starts with the UTF-8 BOM bytes, so Excel reads Persian, and is typed as UTF-8 CSV', async () => {
    const blob = toCsvBlob([makeListing()], columns, 'fa');
    const bytes = await bytesOf(blob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(blob.type).toBe('text/csv;charset=utf-8');
  });

  it('writes Persian headers, or English ones, and CRLF after every record', () => {
    const fa = toCsv([makeListing()], columns, 'fa');
    const en = toCsv([makeListing()], columns, 'en');
    expect(parseCsv(fa.slice(1))[0]).toEqual([
      'عنوان',
      'قیمت (تومان)',
      'متراژ (متر)',
      'طبقه',
      'پارکینگ',
      'برچسب‌ها',
      'تاریخ انتشار',
    ]);
    expect(en.slice(1).split('\r\n')[0]).toBe(
      '"Title","Price (toman)","Size (m²)","Floor","Parking","Tags","Published"',
    );
    expect(fa.endsWith('\r\n')).toBe(true);
    expect(fa.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it("round-trips Persian text byte for byte, with numbers unformatted and amenities in divar's words", async () => {
    const bytes = await bytesOf(toCsvBlob([makeListing()], columns, 'fa'));
    const [, row] = parseCsv(decode(bytes).slice(1));
    expect(row).toEqual([
      'ویلا ۲۰۰ متری در لواسان',
      '12500000000',
      '200',
      '-1',
      'دارد',
      'نردبان شده، فوری',
      // A date is ISO 8601 in Tehran time, unquoted, so a spreadsheet can read it as one.
      '2026-11-20T12:00:00+03:30',
    ]);
    expect(parseCsv(toCsv([makeListing()], columns, 'en').slice(1))[1]?.[4]).toBe('yes');
  });

  it('quotes every text (inner quotes doubled) as RFC 4180 says, and leaves empty cells empty', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('plain')).toBe('"plain"');
    const tricky = makeListing({ title: 'ویلا، "دوبلکس"\r\nبا استخر', price: undefined });
    const text = toCsv([tricky], columns, 'fa');
    expect(text).toContain('"ویلا، ""دوبلکس""\r\nبا استخر",,200');
    expect(parseCsv(text.slice(1))[1]?.[0]).toBe('ویلا، "دوبلکس"\r\nبا استخر');
  });

  it.each(FORMULA_TITLES)('neutralises the formula %j with a leading apostrophe', (title) => {
    const text = toCsv([makeListing({ title })], columns, 'fa');
    expect(parseCsv(text.slice(1))[1]?.[0]).toBe(`'${title}`);
  });

  it('keeps negative numbers as numbers (only text is neutralised)', () => {
    const row = parseCsv(toCsv([makeListing({ floor: -1 })], columns, 'fa').slice(1))[1];
    expect(row?.[3]).toBe('-1');
  });

  it('reads back every text it wrote, whatever the text (property)', () => {
    const all = columnsFor(DEFAULT_COLUMNS.sale);
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, district) => {
        const text = toCsv([makeListing({ title, district })], all, 'fa');
        const row = parseCsv(text.slice(1))[1] ?? [];
        expect(row[0]).toBe(neutraliseFormula(title));
        expect(row[all.findIndex((c) => c.key === 'district')]).toBe(neutraliseFormula(district));
      }),
    );
  });

  it('has one header per known column and no duplicate keys', () => {
    expect(new Set(COLUMNS.map((c) => c.key)).size).toBe(COLUMNS.length);
    expect(columnsFor(['price', 'nope', 'price', 'title']).map((c) => c.key)).toEqual([
      'price',
      'title',
    ]);
  });
});
