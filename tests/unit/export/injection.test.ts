// Formula (CSV) injection: every prefix OWASP and ASVS list, behind every invisible character,
// in CSV read back with `,`, `;` and tab as separators, and in XLSX read back by SheetJS (also as
// the CSV a user would save from it). No cell may run as a formula; numbers stay numbers.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { columnsFor } from '@/lib/export/columns';
import { toCsv } from '@/lib/export/csv';
import { toXlsxBlob } from '@/lib/export/xlsx';
import { makeListing, parseCsv } from './listings';

const PREFIXES = ['=', '+', '-', '@', '\t', '\r', '\n', '\0', '＝', '＋', '－', '＠'];
const INVISIBLE = [
  '',
  ' ',
  '\u200B', // zero-width space
  '\u200C', // zero-width non-joiner
  '\uFEFF', // byte order mark
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u061C', // Arabic letter mark
];
const SEPARATORS = [',', ';', '\t'];
// Separator injection: text that starts a new cell where `;` or tab splits cells.
const SPLITTERS = ["x;=cmd|' /C calc'!A0", 'x\t=cmd', 'x,=cmd', 'x";=cmd'];

const titles = (prefix: string) => INVISIBLE.map((before) => `${before}${prefix}HYPERLINK("x")`);
const columns = columnsFor(['title', 'price', 'floor', 'district']);
const listingsOf = (texts: string[]) =>
  texts.map((title, i) => makeListing({ token: `g${i}`, title, district: title, floor: -1 }));

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA = /^[\p{Zs}\p{Cf}]*[=+\-@\t\r\n\0＝＋－＠﹢﹣﹦﹫]/u;

/** Whether a spreadsheet would run `cell` as a formula (a plain number is read as a number). */
const runsAsFormula = (cell: string) => !PLAIN_NUMBER.test(cell) && FORMULA.test(cell);

const csvCells = (csv: string, separator: string) =>
  parseCsv(csv.replace(/^\uFEFF/, ''), separator).flat();

async function sheetOf(texts: string[]) {
  const blob = await toXlsxBlob(listingsOf(texts), columns, 'en');
  const book = XLSX.read(new Uint8Array(await blob.arrayBuffer()), { type: 'array' });
  return book.Sheets[book.SheetNames[0] ?? ''] as XLSX.WorkSheet;
}

describe.each(SEPARATORS.map((s) => [JSON.stringify(s), s]))(
  'CSV read with %s as the separator',
  (_name, separator) => {
    it.each(PREFIXES.map((p) => [JSON.stringify(p), p]))(
      'no cell runs as a formula for the prefix %s behind any invisible character',
      (_prefix, prefix) => {
        const cells = csvCells(toCsv(listingsOf(titles(prefix)), columns, 'fa'), separator);
        expect(cells.filter(runsAsFormula)).toEqual([]);
      },
    );

    it('keeps a title holding a separator and a formula in one safe cell', () => {
      const cells = csvCells(toCsv(listingsOf(SPLITTERS), columns, 'fa'), separator);
      expect(cells.filter(runsAsFormula)).toEqual([]);
    });
  },
);

describe('CSV text and numbers', () => {
  it('quotes every text cell and leaves numbers, negative ones too, unquoted', () => {
    const [, row] = toCsv(listingsOf(['x;=cmd']), columns, 'en').split('\r\n');
    expect(row).toBe('"x;=cmd",12500000000,-1,"x;=cmd"');
    expect(parseCsv(`${row}\r\n`, ',')[0]).toEqual(['x;=cmd', '12500000000', '-1', 'x;=cmd']);
  });

  it('drops NUL and other control characters, then neutralises what they hid', () => {
    const [, row] = parseCsv(toCsv(listingsOf(['\0=1+1', 'a\u0007b']), columns, 'en'));
    expect(row?.[0]).toBe("'=1+1");
    expect(parseCsv(toCsv(listingsOf(['a\u0007b']), columns, 'en'))[1]?.[0]).toBe('ab');
  });
});

describe('XLSX read back by a spreadsheet (SheetJS)', () => {
  it.each(PREFIXES.map((p) => [JSON.stringify(p), p]))(
    'holds no formula and no text that runs as one for the prefix %s',
    async (_prefix, prefix) => {
      const sheet = await sheetOf([...titles(prefix), ...SPLITTERS]);
      const cells = Object.entries(sheet).filter(([ref]) => !ref.startsWith('!'));
      expect(cells.filter(([, cell]) => (cell as XLSX.CellObject).f !== undefined)).toEqual([]);
      const texts = cells.map(([, cell]) => cell as XLSX.CellObject).filter((c) => c.t === 's');
      expect(texts.map((c) => String(c.v)).filter(runsAsFormula)).toEqual([]);
      for (const separator of SEPARATORS) {
        const csv = XLSX.utils.sheet_to_csv(sheet, { FS: separator });
        expect(csvCells(csv, separator).filter(runsAsFormula)).toEqual([]);
      }
    },
  );

  it('keeps prices and negative floors as numbers', async () => {
    const sheet = await sheetOf(['=1']);
    expect(sheet.B2).toMatchObject({ t: 'n', v: 12_500_000_000 });
    expect(sheet.C2).toMatchObject({ t: 'n', v: -1 });
  });
});
