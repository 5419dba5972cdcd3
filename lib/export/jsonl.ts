import type { Listing } from '../divar/listing/types';
import { type TypedColumn, typedValue } from './typed';

/** MIME type of the JSON Lines export. */
export const JSONL_TYPE = 'application/jsonl;charset=utf-8';

/**
 * One listing as a JSON Lines record: every column key present, in order, with typed values
 * (integers, booleans, lists, timestamps as ISO 8601 UTC) and null where divar said nothing.
 */
export function jsonlLine(listing: Listing, columns: readonly TypedColumn[]): string {
  const row: Record<string, unknown> = {};
  for (const typed of columns) {
    const value = typedValue(typed, listing);
    row[typed.column.key] = value instanceof Date ? value.toISOString() : value;
  }
  return `${JSON.stringify(row)}\n`;
}
