import type { Listing } from '../divar/listing/types';
import type { ExportColumn } from './columns';
import { parseIso } from './dates';
import { type DataType, dictionaryEntry } from './dictionary';

/** A typed value of Parquet and JSON Lines; `null` where divar said nothing. */
export type TypedValue = number | string | boolean | Date | string[] | null;

/** A column with its data type, read once per export rather than once per cell. */
export interface TypedColumn {
  column: ExportColumn;
  type: DataType;
}

/** The columns of an export with the type the data dictionary gives each. */
export function typedColumns(columns: readonly ExportColumn[]): TypedColumn[] {
  return columns.map((column) => ({ column, type: dictionaryEntry(column).type }));
}

/**
 * The value `column` gives for `listing`, as its type says: whole numbers for int64 (toman
 * amounts rounded), a Date for a timestamp, a list of strings, raw codes rather than words; null
 * when absent or not of that type. No formula neutralising: these formats are not spreadsheets.
 */
export function typedValue({ column, type }: TypedColumn, listing: Listing): TypedValue {
  const raw = column.read(listing);
  if (raw === undefined || raw === '') return null;
  switch (type) {
    case 'int64':
      return typeof raw === 'number' && Number.isFinite(raw) ? Math.round(raw) : null;
    case 'double':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
    case 'boolean':
      return typeof raw === 'boolean' ? raw : null;
    case 'timestamp':
      return (typeof raw === 'string' && parseIso(raw)) || null;
    case 'list<string>':
      return Array.isArray(raw) ? [...raw] : null;
    default:
      return Array.isArray(raw) ? raw.join(', ') : String(raw);
  }
}
