// A streaming XLSX writer on fflate's Zip (already a dependency): the sheet is deflated row batch
// by row batch as it is made, so memory holds one batch and the shared strings, never the whole
// sheet XML (write-excel-file built it as one string: about 195 MB added for 50,000 listings).
import { strToU8, Zip, ZipDeflate } from 'fflate';
import type { Listing } from '../divar/listing/types';
import type { Lang } from '../i18n';
import { headerOf, neutraliseFormula, sheetCell } from './cell';
import type { ExportColumn } from './columns';
import type { ExportSink } from './parquet';
import { BATCH, sheetParts, styleOf } from './xlsx-parts';

/** The shared strings table: each distinct text once, cells point at its index. */
class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(text: string): number {
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.list.length;
      this.index.set(text, at);
      this.list.push(text);
    }
    return at;
  }
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// A shared string; spaces at its ends or line breaks are kept only when the XML says so.
const sharedString = (text: string) =>
  /^\s|\s$|\n/.test(text)
    ? `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`
    : `<si><t>${escapeXml(text)}</t></si>`;

// Days from Excel's epoch (1899-12-30) to the Unix epoch.
const EPOCH_DAYS = 25569;

function rowXml(r: number, cells: readonly (string | undefined)[]): string {
  let xml = `<row r="${r}">`;
  for (const cell of cells) if (cell) xml += cell;
  return `${xml}</row>`;
}

/**
 * Writes the listings as an .xlsx workbook into `sink`, batch by batch: one right-to-left sheet, a
 * bold frozen header row with an auto-filter, numbers as numbers (amounts with separators), dates
 * as date cells in Tehran time, texts formula-neutralised. Resolves false when cancelled.
 */
export async function writeXlsx(
  listings: readonly Listing[],
  columns: readonly ExportColumn[],
  lang: Lang,
  sink: ExportSink,
): Promise<boolean> {
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else pending.push(chunk);
  });
  const drain = async () => {
    if (failure) throw failure;
    for (const chunk of pending.splice(0)) await sink.write(chunk);
  };
  const strings = new SharedStrings();
  const parts = sheetParts(columns, listings.length + 1, lang);
  for (const [name, xml] of parts.before) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(xml), true);
  }
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  const refs = columns.map((_c, j) => parts.letters[j] as string);
  const header = columns.map(
    (c, j) =>
      `<c r="${refs[j]}1" s="1" t="s"><v>${strings.of(neutraliseFormula(headerOf(c, lang)))}</v></c>`,
  );
  sheet.push(strToU8(parts.sheetStart + rowXml(1, header)));
  for (let start = 0; start < listings.length; start += BATCH) {
    if (sink.cancelled?.()) return false;
    let xml = '';
    const end = Math.min(start + BATCH, listings.length);
    for (let i = start; i < end; i++) {
      const r = i + 2;
      const cells = columns.map((column, j) => {
        const cell = sheetCell(column, listings[i] as Listing, lang);
        if (!cell) return undefined;
        const ref = `${refs[j]}${r}`;
        if (cell.type === 'text') return `<c r="${ref}" t="s"><v>${strings.of(cell.value)}</v></c>`;
        if (cell.type === 'date') {
          const days = cell.value.getTime() / 86_400_000 + EPOCH_DAYS;
          return `<c r="${ref}" s="3"><v>${days}</v></c>`;
        }
        const style = styleOf(column);
        return `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${cell.value}</v></c>`;
      });
      xml += rowXml(r, cells);
    }
    sheet.push(strToU8(xml));
    await drain();
    sink.progress?.(end, listings.length);
  }
  sheet.push(strToU8(parts.sheetEnd), true);
  const sst = new ZipDeflate('xl/sharedStrings.xml', { level: 6 });
  zip.add(sst);
  sst.push(
    strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    ),
  );
  for (let i = 0; i < strings.list.length; i += BATCH) {
    const batch = strings.list.slice(i, i + BATCH);
    sst.push(strToU8(batch.map(sharedString).join('')));
    await drain();
  }
  sst.push(strToU8('</sst>'), true);
  zip.end();
  await drain();
  return true;
}
