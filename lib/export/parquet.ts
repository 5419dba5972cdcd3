// Parquet through hyparquet-writer (MIT, by hyparam, the writer of the hyparquet reader): pure
// JavaScript with its own Snappy, so no WebAssembly and no CSP change; about 60 KB, loaded only
// when a Parquet file is asked for.
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import type { Listing } from '../divar/listing/types';
import type { DataType } from './dictionary';
import { type TypedColumn, typedValue } from './typed';

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]['schema'][number];

/** MIME type of the Parquet export. */
export const PARQUET_TYPE = 'application/vnd.apache.parquet';

/** Rows per row group: a few MB each, so memory stays flat and progress moves. */
export const ROW_GROUP = 5000;

const OPTIONAL = 'OPTIONAL' as const;

function leaf(name: string, type: DataType): SchemaElement[] {
  switch (type) {
    case 'int64':
      return [{ name, type: 'INT64', repetition_type: OPTIONAL }];
    case 'double':
      return [{ name, type: 'DOUBLE', repetition_type: OPTIONAL }];
    case 'boolean':
      return [{ name, type: 'BOOLEAN', repetition_type: OPTIONAL }];
    case 'timestamp':
      return [
        {
          name,
          type: 'INT64',
          repetition_type: OPTIONAL,
          converted_type: 'TIMESTAMP_MILLIS',
          logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
        },
      ];
    case 'list<string>':
      // The standard three-level LIST that DuckDB, pandas (pyarrow) and Spark read as a list.
      return [
        { name, repetition_type: OPTIONAL, converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: OPTIONAL },
      ];
    default:
      return [{ name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: OPTIONAL }];
  }
}

/** The Parquet schema of `columns`: one optional field per column, named by its key. */
export function parquetSchema(columns: readonly TypedColumn[]): SchemaElement[] {
  return [
    { name: 'root', num_children: columns.length },
    ...columns.flatMap(({ column, type }) => leaf(column.key, type)),
  ];
}

function columnData(listings: readonly Listing[], typed: TypedColumn) {
  const data = listings.map((listing) => {
    const value = typedValue(typed, listing);
    return typed.type === 'int64' && typeof value === 'number' ? BigInt(value) : value;
  });
  return { name: typed.column.key, data };
}

/** Where a streamed export goes: bytes as they are ready, and how far it got. */
export interface ExportSink {
  write(bytes: Uint8Array): void | Promise<void>;
  progress?(done: number, total: number): void;
  /** True once the user cancelled: writing stops before the next row group. */
  cancelled?(): boolean;
}

/**
 * Writes `listings` as a Parquet file into `sink`, one row group of ROW_GROUP rows at a time,
 * each flushed as soon as it is encoded; the file carries `metadata` (the data dictionary) in its
 * key-value metadata. Resolves false when cancelled.
 */
export async function writeParquet(
  listings: readonly Listing[],
  columns: readonly TypedColumn[],
  sink: ExportSink,
  metadata: string,
): Promise<boolean> {
  const bytes = new ByteWriter(1 << 20);
  // Hands each encoded row group to the sink and reuses the buffer, so memory stays one group.
  const flush = () => {
    const written = sink.write(bytes.getBytes().slice());
    bytes.index = 0;
    return written;
  };
  const writer = Object.assign(bytes, { flush });
  const parquet = new ParquetWriter({
    writer,
    schema: parquetSchema(columns),
    kvMetadata: [{ key: 'divar-actions.dictionary', value: metadata }],
    createdBy: 'Divar Actions (hyparquet-writer)',
  });
  for (let start = 0; start < listings.length; start += ROW_GROUP) {
    if (sink.cancelled?.()) return false;
    const group = listings.slice(start, start + ROW_GROUP);
    await parquet.write({
      columnData: columns.map((typed) => columnData(group, typed)),
      rowGroupSize: ROW_GROUP,
    });
    sink.progress?.(start + group.length, listings.length);
  }
  await parquet.finish();
  await flush();
  return true;
}
