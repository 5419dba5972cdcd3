// One export in a fresh process (`node --expose-gc --import tsx bench/export-worker.ts <case> <n>`),
// so its peak resident memory is its own; prints one JSON line.
import { performance } from 'node:perf_hooks';
import { strToU8, zipSync } from 'fflate';
import writeXlsxFile, { type Cell } from 'write-excel-file/universal';
import { sheetCell } from '../lib/export/cell';
import { columnsFor } from '../lib/export/columns';
import { toCsv } from '../lib/export/csv';
import { DEFAULT_COLUMNS } from '../lib/export/default-columns';
import { jsonlLine } from '../lib/export/jsonl';
import { writeParquet } from '../lib/export/parquet';
import { typedColumns } from '../lib/export/typed';
import { toXlsxBlob } from '../lib/export/xlsx';
import { benchListings } from './results-listings';

const [, , which = 'csv', n = '50000'] = process.argv;
const listings = benchListings(Number(n));
const columns = columnsFor(DEFAULT_COLUMNS.sale);

/** Baseline CSV: join the raw values with commas; no BOM, quoting or formula guard. */
const naiveCsv = () =>
  listings.map((l) => columns.map((c) => String(c.read(l) ?? '')).join(',')).join('\n');

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Baseline XLSX: one sheet of inline strings and numbers by string concatenation, zipped by fflate. */
function naiveXlsx(): Uint8Array {
  const rows = listings.map((l, r) => {
    const cells = columns.map((c) => {
      const v = c.read(l);
      if (typeof v === 'number') return `<c><v>${v}</v></c>`;
      return v === undefined
        ? '<c/>'
        : `<c t="inlineStr"><is><t>${escapeXml(String(v))}</t></is></c>`;
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="1" sheetId="1" r:id="r1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<worksheet ${ns}><sheetData>${rows.join('')}</sheetData></worksheet>`,
    ),
  });
}

/** The most common XLSX library used naively: SheetJS json_to_sheet + write (no RTL, no formats). */
async function sheetJsXlsx(): Promise<number> {
  const XLSX = await import('xlsx');
  const rows = listings.map((l) =>
    Object.fromEntries(columns.map((c) => [c.key, c.read(l) ?? null])),
  );
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.json_to_sheet(rows), 'results');
  return (XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer).byteLength;
}

/** Parquet as the Worker writes it: row group by row group, the parts kept as the file. */
async function parquet(): Promise<number> {
  const parts: Uint8Array[] = [];
  await writeParquet(listings, typedColumns(columns), { write: (b) => void parts.push(b) }, '{}');
  return parts.reduce((n, p) => n + p.length, 0);
}

/** Today's writer before the stream: every cell built, then write-excel-file (RTL, frozen row). */
async function writeExcelFile(): Promise<number> {
  const rows = listings.map((l) =>
    columns.map((c): Cell => {
      const cell = sheetCell(c, l, 'fa');
      if (!cell) return null;
      if (cell.type === 'text') return { value: cell.value, type: String };
      if (cell.type === 'date')
        return { value: cell.value, type: Date, format: 'yyyy-mm-dd hh:mm' };
      return { value: cell.value, type: Number, format: '#,##0' };
    }),
  );
  const header = columns.map((c): Cell => ({ value: c.fa, type: String, fontWeight: 'bold' }));
  const blob = await writeXlsxFile([header, ...rows], {
    stickyRowsCount: 1,
    rightToLeft: true,
  }).toBlob();
  return blob.size;
}

const run: Record<string, () => Promise<number>> = {
  'xlsx-write-excel-file': writeExcelFile,
  parquet,
  jsonl: async () => {
    const typed = typedColumns(columns);
    return listings.reduce((n, l) => n + Buffer.byteLength(jsonlLine(l, typed)), 0);
  },
  csv: async () => Buffer.byteLength(toCsv(listings, columns, 'fa')),
  'csv-baseline': async () => Buffer.byteLength(naiveCsv()),
  xlsx: async () => (await toXlsxBlob(listings, columns, 'fa')).size,
  'xlsx-baseline': async () => naiveXlsx().length,
  'xlsx-sheetjs': sheetJsXlsx,
};

const job = run[which];
if (!job) throw new Error(`unknown case ${which}`);
(globalThis as { gc?: () => void }).gc?.();
const rssBefore = process.memoryUsage().rss;
const start = performance.now();
const bytes = await job();
const ms = performance.now() - start;
const peakRss = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ which, ms, bytes, rssBefore, peakRss }));
