import type { Listing } from '../divar/listing/types';
import type { Lang } from '../i18n';
import type { ExportColumn } from './columns';
import { toCsvBlob } from './csv';
import { withJalaliColumns } from './dates';
import { sidecar } from './dictionary';
import type { ExportFormat } from './download';
import { toJsonBlob } from './json';
import { JSONL_TYPE, jsonlLine } from './jsonl';
import { typedColumns } from './typed';

/** MIME type of the data dictionary sidecar. */
export const SIDECAR_TYPE = 'application/json;charset=utf-8';

/** Formats that come with a data dictionary sidecar: the typed ones, read by analysts' tools. */
export const TYPED_FORMATS: ReadonlySet<ExportFormat> = new Set(['parquet', 'jsonl']);

/** The columns a file of `format` has: spreadsheets and typed formats get each date's Jalali twin. */
export function fileColumns(
  format: ExportFormat,
  columns: readonly ExportColumn[],
): ExportColumn[] {
  return format === 'json' ? [...columns] : withJalaliColumns(columns);
}

/** The data dictionary sidecar of an export of `rows` rows, as JSON text. */
export function sidecarText(
  fileName: string,
  rows: number,
  format: ExportFormat,
  columns: readonly ExportColumn[],
): string {
  return `${JSON.stringify(sidecar(fileName, rows, fileColumns(format, columns)), null, 2)}\n`;
}

/** The file name of the sidecar of `fileName`: `…-dictionary.json` in place of the extension. */
export function sidecarName(fileName: string): string {
  return fileName.replace(/\.[a-z]+$/, '-dictionary.json');
}

/**
 * The export of `listings` in `format` as a Blob; spreadsheets get a Jalali text column beside
 * each date. The XLSX and Parquet writers are loaded only when asked for.
 */
export async function buildExport(
  format: ExportFormat,
  listings: readonly Listing[],
  columns: readonly ExportColumn[],
  lang: Lang,
): Promise<Blob> {
  if (format === 'json') return toJsonBlob(listings, columns);
  const fileCols = fileColumns(format, columns);
  if (format === 'csv') return toCsvBlob(listings, fileCols, lang);
  if (format === 'jsonl') {
    const typed = typedColumns(fileCols);
    return new Blob(
      listings.map((listing) => jsonlLine(listing, typed)),
      { type: JSONL_TYPE },
    );
  }
  if (format === 'parquet') {
    const { writeParquet, PARQUET_TYPE } = await import('./parquet');
    const parts: Uint8Array[] = [];
    await writeParquet(
      listings,
      typedColumns(fileCols),
      { write: (b) => void parts.push(b) },
      sidecarText('', listings.length, format, columns),
    );
    return new Blob(parts as BlobPart[], { type: PARQUET_TYPE });
  }
  const { toXlsxBlob } = await import('./xlsx');
  return toXlsxBlob(listings, fileCols, lang);
}
