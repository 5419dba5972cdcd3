import type { Listing } from '../divar/listing/types';
import type { Lang } from '../i18n';
import type { ExportColumn } from './columns';
import { toCsvBlob } from './csv';
import { withJalaliColumns } from './dates';
import type { ExportFormat } from './download';
import { toJsonBlob } from './json';

/**
 * The export of `listings` in `format` as a Blob; spreadsheets get a Jalali text column beside
 * each date. The XLSX writer is loaded only when asked for, so the results page opens without it.
 */
export async function buildExport(
  format: ExportFormat,
  listings: readonly Listing[],
  columns: readonly ExportColumn[],
  lang: Lang,
): Promise<Blob> {
  if (format === 'json') return toJsonBlob(listings, columns);
  const sheetColumns = withJalaliColumns(columns);
  if (format === 'csv') return toCsvBlob(listings, sheetColumns, lang);
  const { toXlsxBlob } = await import('./xlsx');
  return toXlsxBlob(listings, sheetColumns, lang);
}
