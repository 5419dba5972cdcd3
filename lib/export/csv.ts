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

/**
 * The listings as CSV text: a BOM, a header row in `lang`, one CRLF-ended row per listing, numbers
 * unformatted (never quoted), every text field formula-neutralised and quoted.
 */
export function toCsv(
  listings: readonly Listing[],
  columns: readonly ExportColumn[],
  lang: Lang,
): string {
  const lines = new Array<string>(listings.length + 1);
  lines[0] = columns.map((c) => csvField(neutraliseFormula(headerOf(c, lang)))).join(',');
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
    lines[i + 1] = line;
  }
  return BOM + lines.join(CRLF) + CRLF;
}

/** The CSV export as a Blob ready for download (UTF-8, BOM included). */
export function toCsvBlob(
  listings: readonly Listing[],
  columns: readonly ExportColumn[],
  lang: Lang,
): Blob {
  return new Blob([toCsv(listings, columns, lang)], { type: CSV_TYPE });
}
