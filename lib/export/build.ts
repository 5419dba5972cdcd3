import type { Listing } from '../divar/listing/types';
import type { Lang } from '../i18n';
import type { ExportColumn } from './columns';
import { dictionaryText } from './dictionary';
import type { ExportFormat } from './download';
import { fileColumns, streamExport } from './stream';

export { fileColumns } from './stream';

/** MIME type of the data dictionary sidecar. */
export const SIDECAR_TYPE = 'application/json;charset=utf-8';

/** Formats that come with a data dictionary sidecar: the typed ones, read by analysts' tools. */
export const TYPED_FORMATS: ReadonlySet<ExportFormat> = new Set(['parquet', 'jsonl']);

/** The data dictionary sidecar of an export of `rows` rows, as JSON text. */
export function sidecarText(
  fileName: string,
  rows: number,
  format: ExportFormat,
  columns: readonly ExportColumn[],
): string {
  return dictionaryText(fileName, rows, fileColumns(format, columns));
}

/** The file name of the sidecar of `fileName`: `…-dictionary.json` in place of the extension. */
export function sidecarName(fileName: string): string {
  return fileName.replace(/\.[a-z]+$/, '-dictionary.json');
}

/**
 * The export of `listings` in `format` as one Blob, on the calling thread; spreadsheets get a
 * Jalali text column beside each date. The XLSX and Parquet writers load only when asked for.
 */
export async function buildExport(
  format: ExportFormat,
  listings: readonly Listing[],
  columns: readonly ExportColumn[],
  lang: Lang,
): Promise<Blob> {
  const parts: BlobPart[] = [];
  const sink = { write: (bytes: Uint8Array) => void parts.push(bytes as BlobPart) };
  const type = await streamExport(format, listings, columns, lang, sink);
  return new Blob(parts, { type });
}
