import type { Listing } from '../divar/listing/types';
import type { Lang } from '../i18n';
import type { ExportColumn } from './columns';
import { writeXlsx } from './xlsx-stream';

/** MIME type of the XLSX export. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The listings as an .xlsx workbook Blob: one right-to-left sheet (the listings are Persian
 * whatever the header language), a bold frozen header row with an auto-filter, numbers as
 * numbers, texts formula-neutralised. Streamed through {@link writeXlsx}.
 */
export async function toXlsxBlob(
  listings: readonly Listing[],
  columns: readonly ExportColumn[],
  lang: Lang,
): Promise<Blob> {
  const parts: BlobPart[] = [];
  await writeXlsx(listings, columns, lang, {
    write: (bytes) => void parts.push(bytes as BlobPart),
  });
  return new Blob(parts, { type: XLSX_TYPE });
}
