import type { Listing } from '../divar/listing/types';
import type { Lang } from '../i18n';
import { headerOf, neutraliseFormula, sheetCell } from './cell';
import type { ExportColumn } from './columns';

/** The UTF-8 byte order mark: without it Excel reads a CSV as the local code page and garbles Persian. */
export const BOM = '\uFEFF';

/** RFC 4180 line end. */
const CRLF = '\r\n';

/** MIME type of the CSV export. */
export const CSV_TYPE = 'text/csv;charset=utf-8';

/**
 * One RFC 4180 text field, always quoted (inner quotes doubled): a spreadsheet that splits on
 * `;` or tab instead of `,` (locales with a decimal comma) then still keeps the text one cell,
 * so a `;=…` inside a title cannot start a cell of its own.
 */
export function csvField(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The CSV header row in `lang`, CRLF-ended, without the BOM. */
export function csvHeader(columns: readonly ExportColumn[], lang: Lang): string {
  return columns.map((c) => csvField(neutraliseFormula(headerOf(c, lang)))).join(',') + CRLF;
}

/**
 * CSV rows of `listings`, each CRLF-ended: numbers unformatted (never quoted), every text field
 * formula-neutralised and quoted. Called batch by batch when an export is streamed.
 */
export function csvRows(
  listings: readonly Listing[],
  columns: readonly ExportColumn[],
  lang: Lang,
): string {
  const lines = new Array<string>(listings.length);
  for (let i = 0; i < listings.length; i++) {
    const listing = listings[i] as Listing;
    let line = '';
    for (let j = 0; j < columns.length; j++) {
      const cell = sheetCell(columns[j] as ExportColumn, listing, lang);
      if (j > 0) line += ',';
      if (cell?.type === 'number') line += String(cell.value);
      else if (cell?.type === 'date') line += cell.iso;
      else if (cell) line += csvField(cell.value);
    }
    lines[i] = line + CRLF;
  }
  return lines.join('');
}

/** The listings as CSV text: a BOM, a header row in `lang` and one CRLF-ended row per listing. */
export function toCsv(
  listings: readonly Listing[],
  columns: readonly ExportColumn[],
  lang: Lang,
): string {
  return BOM + csvHeader(columns, lang) + csvRows(listings, columns, lang);
}

/** The CSV export as a Blob ready for download (UTF-8, BOM included). */
export function toCsvBlob(
  listings: readonly Listing[],
  columns: readonly ExportColumn[],
  lang: Lang,
): Blob {
  return new Blob([toCsv(listings, columns, lang)], { type: CSV_TYPE });
}
