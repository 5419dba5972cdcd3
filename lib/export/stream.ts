import type { Listing } from '../divar/listing/types';
import type { Lang } from '../i18n';
import type { ExportColumn } from './columns';
import { BOM, CSV_TYPE, csvHeader, csvRows } from './csv';
import { withJalaliColumns } from './dates';
import type { ExportFormat } from './download';
import { JSON_TYPE, toJson } from './json';
import { JSONL_TYPE, jsonlLine } from './jsonl';
import type { ExportSink } from './parquet';
import { typedColumns } from './typed';

export type { ExportSink } from './parquet';

/** Rows written between two progress reports (and two looks at the cancel flag). */
export const BATCH = 2000;

/** The columns a file of `format` has: spreadsheets and typed formats get each date's Jalali twin. */
export function fileColumns(
  format: ExportFormat,
  columns: readonly ExportColumn[],
): ExportColumn[] {
  return format === 'json' ? [...columns] : withJalaliColumns(columns);
}

/** Writes text rows batch by batch; false when cancelled. */
async function inBatches(
  listings: readonly Listing[],
  sink: ExportSink,
  batch: (rows: readonly Listing[]) => string,
): Promise<boolean> {
  const encoder = new TextEncoder();
  for (let start = 0; start < listings.length; start += BATCH) {
    if (sink.cancelled?.()) return false;
    const rows = listings.slice(start, start + BATCH);
    await sink.write(encoder.encode(batch(rows)));
    sink.progress?.(start + rows.length, listings.length);
  }
  return true;
}

/**
 * Writes the export of `listings` in `format` into `sink`: CSV, JSON Lines, Parquet and XLSX in
 * batches as they are made (so memory holds one batch), JSON whole. Resolves with the
 * file's MIME type, or undefined when the sink said it was cancelled.
 */
export async function streamExport(
  format: ExportFormat,
  listings: readonly Listing[],
  columns: readonly ExportColumn[],
  lang: Lang,
  sink: ExportSink,
): Promise<string | undefined> {
  const cols = fileColumns(format, columns);
  const done = (ok: boolean, type: string) => (ok ? type : undefined);
  if (format === 'csv') {
    await sink.write(new TextEncoder().encode(BOM + csvHeader(cols, lang)));
    return done(await inBatches(listings, sink, (rows) => csvRows(rows, cols, lang)), CSV_TYPE);
  }
  if (format === 'jsonl') {
    const typed = typedColumns(cols);
    const lines = (rows: readonly Listing[]) => rows.map((l) => jsonlLine(l, typed)).join('');
    return done(await inBatches(listings, sink, lines), JSONL_TYPE);
  }
  if (format === 'parquet') {
    const { dictionaryText } = await import('./dictionary');
    const { writeParquet, PARQUET_TYPE } = await import('./parquet');
    const meta = dictionaryText('', listings.length, cols);
    return done(await writeParquet(listings, typedColumns(cols), sink, meta), PARQUET_TYPE);
  }
  if (format === 'json') {
    await sink.write(new TextEncoder().encode(toJson(listings, cols)));
    return JSON_TYPE;
  }
  const [{ writeXlsx }, { XLSX_TYPE }] = await Promise.all([
    import('./xlsx-stream'),
    import('./xlsx'),
  ]);
  return done(await writeXlsx(listings, cols, lang, sink), XLSX_TYPE);
}
