import { describe, expect, it } from 'vitest';
import { buildExport } from '@/lib/export/build';
import { columnsFor } from '@/lib/export/columns';
import { toXlsxBlob, XLSX_TYPE } from '@/lib/export/xlsx';
import { FORMULA_TITLES, makeListing } from './listings';
import { cellText, cellXml, sharedStrings, unzipXlsx } from './unzip';

// A: title, B: price, C: size, D: floor, E: parking, F: date.
const columns = columnsFor(['title', 'price', 'size', 'floor', 'hasParking', 'publishedAt']);
const listings = [
  makeListing(),
  makeListing({ token: 'gbbbbbbb', title: 'خانهٔ ویلایی', price: 9_000_000_000, size: 120 }),
  ...FORMULA_TITLES.map((title, i) =>
    makeListing({ token: `gform00${i}`, title, price: undefined }),
  ),
];

describe('XLSX export', () => {
  it('is a zip of a workbook with the XLSX MIME type', async () => {
    const blob = await toXlsxBlob(listings, columns, 'fa');
    expect(blob.type).toBe(XLSX_TYPE);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const files = await unzipXlsx(blob);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        '[Content_Types].xml',
      ]),
    );
  });

  it('has a right-to-left sheet with the header row frozen', async () => {
    const sheet =
      (await unzipXlsx(await toXlsxBlob(listings, columns, 'fa')))['xl/worksheets/sheet1.xml'] ??
      '';
    expect(sheet).toMatch(/<sheetView[^>]* rightToLeft="1"/);
    const pane = sheet.match(/<pane [^>]*\/>/)?.[0] ?? '';
    expect(pane).toContain('ySplit="1"');
    expect(pane).toContain('topLeftCell="A2"');
    expect(pane).toContain('state="frozen"');
  });

  it('has an auto-filter over the header and every row, named as Excel expects', async () => {
    const files = await unzipXlsx(await toXlsxBlob(listings, columns, 'fa'));
    const sheet = files['xl/worksheets/sheet1.xml'] ?? '';
    expect(sheet).toContain(`<autoFilter ref="A1:F${listings.length + 1}"/>`);
    // ECMA-376 order: autoFilter comes after sheetData.
    expect(sheet.indexOf('<autoFilter')).toBeGreaterThan(sheet.indexOf('</sheetData>'));
    expect(files['xl/workbook.xml']).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'آگهی‌ها'!$A$1:$F$${listings.length + 1}</definedName>`,
    );
  });

  it('writes prices, sizes and negative floors as numbers, not text', async () => {
    const files = await unzipXlsx(await toXlsxBlob(listings, columns, 'fa'));
    const sheet = files['xl/worksheets/sheet1.xml'] ?? '';
    for (const [ref, value] of [
      ['B2', '12500000000'],
      ['C2', '200'],
      ['D2', '-1'],
      ['B3', '9000000000'],
    ] as const) {
      const cell = cellXml(sheet, ref) ?? '';
      expect(cell).not.toMatch(/ t="(s|str|inlineStr)"/);
      expect(cell).toContain(`<v>${value}</v>`);
    }
    expect(cellXml(sheet, 'B4')).toBeUndefined(); // no price: an empty cell, not "0"
  });

  it('keeps Persian text and headers in Persian, or headers in English', async () => {
    const fa = await unzipXlsx(await toXlsxBlob(listings, columns, 'fa'));
    const sheet = fa['xl/worksheets/sheet1.xml'] ?? '';
    expect(cellText(fa, sheet, 'A1')).toBe('عنوان');
    expect(cellText(fa, sheet, 'B1')).toBe('قیمت (تومان)');
    expect(cellText(fa, sheet, 'A2')).toBe('ویلا ۲۰۰ متری در لواسان');
    expect(cellText(fa, sheet, 'E2')).toBe('دارد');
    const en = await unzipXlsx(await toXlsxBlob(listings, columns, 'en'));
    const enSheet = en['xl/worksheets/sheet1.xml'] ?? '';
    expect(cellText(en, enSheet, 'A1')).toBe('Title');
    expect(cellText(en, enSheet, 'E2')).toBe('yes');
    expect(cellText(en, enSheet, 'A3')).toBe('خانهٔ ویلایی');
  });

  it('writes dates as real date cells with a format, in Tehran time, and a Jalali twin as text', async () => {
    const blob = await buildExport('xlsx', listings, columns, 'fa');
    const files = await unzipXlsx(blob);
    const sheet = files['xl/worksheets/sheet1.xml'] ?? '';
    expect(cellText(files, sheet, 'F1')).toBe('تاریخ انتشار');
    expect(cellText(files, sheet, 'G1')).toBe('تاریخ انتشار (شمسی)');
    // 2026-11-20T08:30Z is 12:00 in Tehran: Excel serial 46346.5, a number with a date style.
    const date = cellXml(sheet, 'F2') ?? '';
    expect(date).not.toMatch(/ t="(s|str|inlineStr)"/);
    expect(date).toMatch(/<v>46346\.5<\/v>/);
    const style = Number(/ s="(\d+)"/.exec(date)?.[1]);
    const styles = files['xl/styles.xml'] ?? '';
    const xf = [...(styles.split('<cellXfs')[1] ?? '').matchAll(/<xf[^>]*>/g)][style]?.[0] ?? '';
    const format = / numFmtId="(\d+)"/.exec(xf)?.[1];
    expect(styles).toContain(`numFmtId="${format}" formatCode="yyyy-mm-dd hh:mm"`);
    expect(cellText(files, sheet, 'G2')).toBe('1405/08/29 12:00');
  });

  it('neutralises every formula-like text and writes no formula at all', async () => {
    const files = await unzipXlsx(await toXlsxBlob(listings, columns, 'fa'));
    const sheet = files['xl/worksheets/sheet1.xml'] ?? '';
    expect(sheet).not.toContain('<f>');
    expect(sheet).not.toMatch(/ t="(str|e)"/);
    FORMULA_TITLES.forEach((title, i) => {
      expect(cellText(files, sheet, `A${i + 4}`)).toBe(`'${title}`);
    });
    expect(sharedStrings(files).filter((s) => /^[=+\-@\t\r]/.test(s))).toEqual([]);
  });
});
