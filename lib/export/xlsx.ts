// XLSX through write-excel-file (MIT, maintained, one dependency: fflate, about 30 KB in the
// bundle): it writes numbers as numbers, right-to-left sheets and frozen rows, and its "features"
// hook adds the auto-filter it lacks. exceljs (ten dependencies, Node streams, ~1 MB) and SheetJS
// (no longer published to the npm registry) were heavier for a write-only export.
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/universal';
import type { Listing } from '../divar/listing/types';
import type { Lang } from '../i18n';
import { headerOf, neutraliseFormula, sheetCell } from './cell';
import type { ExportColumn } from './columns';
import { autoFilterFeature } from './xlsx-autofilter';

/** MIME type of the XLSX export. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const SHEET_NAME: Record<Lang, string> = { fa: 'آگهی‌ها', en: 'Listings' };

// Thousands separators for amounts; the cell stays a number, so sums and filters work.
const AMOUNT_FORMAT = '#,##0';
// A real date cell (Tehran time), sortable and filterable as dates.
const DATE_FORMAT = 'yyyy-mm-dd hh:mm';
const AMOUNT_KEYS = new Set([
  'price',
  'pricePerSquareMetre',
  'deposit',
  'monthlyRent',
  'mileageKm',
]);

const WIDTHS: Record<string, number> = { title: 40, url: 36, description: 60, imageUrls: 60 };

function row(listing: Listing, columns: readonly ExportColumn[], lang: Lang): Row {
  return columns.map((column): Cell => {
    const cell = sheetCell(column, listing, lang);
    if (!cell) return null;
    if (cell.type === 'text') return { value: cell.value, type: String };
    if (cell.type === 'date') return { value: cell.value, type: Date, format: DATE_FORMAT };
    return AMOUNT_KEYS.has(column.key)
      ? { value: cell.value, type: Number, format: AMOUNT_FORMAT }
      : { value: cell.value, type: Number };
  });
}

/**
 * The listings as an .xlsx workbook: one right-to-left sheet (the listings are Persian whatever the
 * header language), a bold frozen header row with an auto-filter, numbers as numbers, texts
 * formula-neutralised.
 */
export function toXlsxBlob(
  listings: readonly Listing[],
  columns: readonly ExportColumn[],
  lang: Lang,
): Promise<Blob> {
  const header: Row = columns.map((c) => ({
    value: neutraliseFormula(headerOf(c, lang)),
    type: String,
    fontWeight: 'bold',
  }));
  const data: Row[] = [header];
  for (const listing of listings) data.push(row(listing, columns, lang));
  const sheet = SHEET_NAME[lang];
  return writeXlsxFile(
    data,
    {
      sheet,
      stickyRowsCount: 1,
      rightToLeft: true,
      columns: columns.map((c) => ({ width: WIDTHS[c.key] ?? (c.kind === 'number' ? 16 : 14) })),
    },
    {
      features: [
        autoFilterFeature({
          sheetName: sheet,
          rowCount: data.length,
          columnCount: columns.length,
        }),
      ],
    },
  ).toBlob();
}
