import type { Listing } from '../divar/listing/types';
import type { ExportColumn, RawValue } from './columns';

/** MIME type of the JSON export. */
export const JSON_TYPE = 'application/json;charset=utf-8';

/**
 * The listings as a JSON array of objects keyed by column key, in the chosen order, with raw
 * values (numbers, booleans, arrays); keys divar said nothing about are left out. JSON is not run
 * by spreadsheets, so nothing is neutralised.
 */
export function toJson(listings: readonly Listing[], columns: readonly ExportColumn[]): string {
  const rows = listings.map((listing) => {
    const row: Record<string, RawValue> = {};
    for (const column of columns) {
      const value = column.read(listing);
      if (value !== undefined) row[column.key] = value;
    }
    return row;
  });
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** The JSON export as a Blob ready for download. */
export function toJsonBlob(listings: readonly Listing[], columns: readonly ExportColumn[]): Blob {
  return new Blob([toJson(listings, columns)], { type: JSON_TYPE });
}
