import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileColumns } from '@/lib/export/build';
import { COLUMNS } from '@/lib/export/columns';
import { writeParquet } from '@/lib/export/parquet';
import { type TypedValue, typedColumns, typedValue } from '@/lib/export/typed';
import { typedListings } from './typed-listings';

const N = 50_000;
const listings = typedListings(N);
const typed = typedColumns(fileColumns('parquet', COLUMNS));
let bytes: Uint8Array;
let dir: string;
let file: string;

// What a reader should give back for a written value: int64 as bigint, a timestamp as a Date.
const expected = (value: TypedValue, type: string): unknown =>
  type === 'int64' && typeof value === 'number' ? BigInt(value) : value;

beforeAll(async () => {
  const parts: Uint8Array[] = [];
  const progress: number[] = [];
  const done = await writeParquet(
    listings,
    typed,
    { write: (b) => void parts.push(b), progress: (n) => void progress.push(n) },
    '{"test":true}',
  );
  expect(done).toBe(true);
  expect(progress.at(-1)).toBe(N);
  expect(progress.length).toBeGreaterThan(5);
  bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  dir = mkdtempSync(join(tmpdir(), 'parquet-'));
  file = join(dir, 'listings.parquet');
  writeFileSync(file, bytes);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Parquet export of 50,000 listings', () => {
  it('reads back with hyparquet equal in every value of every column', async () => {
    const buffer = bytes.slice().buffer as ArrayBuffer;
    const metadata = parquetMetadata(buffer);
    expect(metadata.num_rows).toBe(BigInt(N));
    expect(metadata.key_value_metadata?.[0]).toEqual({
      key: 'divar-actions.dictionary',
      value: '{"test":true}',
    });
    const rows = (await parquetReadObjects({ file: buffer })) as Record<string, unknown>[];
    expect(rows).toHaveLength(N);
    let mismatches = 0;
    for (let i = 0; i < N; i++) {
      const row = rows[i] as Record<string, unknown>;
      for (const column of typed) {
        const want = expected(typedValue(column, listings[i] as never), column.type);
        const got = row[column.column.key];
        const same =
          want instanceof Date && got instanceof Date
            ? want.getTime() === got.getTime()
            : JSON.stringify(want, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v)) ===
              JSON.stringify(got, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));
        if (!same && mismatches++ < 5)
          expect({ i, key: column.column.key, got }).toEqual({
            i,
            key: column.column.key,
            got: want,
          });
      }
    }
    expect(mismatches).toBe(0);
  }, 120_000);

  it('opens in DuckDB with the right types, count, sums and nulls', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const sql = await db.connect();
    const path = file.replace(/'/g, "''");
    const described = await sql.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path}')`);
    const types = Object.fromEntries(
      described.getRowObjectsJS().map((r) => [String(r.column_name), String(r.column_type)]),
    );
    expect(types).toMatchObject({
      title: 'VARCHAR',
      price: 'BIGINT',
      deposit: 'BIGINT',
      size: 'DOUBLE',
      publishedAt: 'TIMESTAMP WITH TIME ZONE',
      publishedAtJalali: 'VARCHAR',
      isNegotiable: 'BOOLEAN',
      hasParking: 'BOOLEAN',
      tags: 'VARCHAR[]',
      latitude: 'DOUBLE',
    });
    expect(Object.keys(types)).toEqual(typed.map((t) => t.column.key));
    const result = await sql.runAndReadAll(
      `SELECT count(*) AS n, sum(price) AS price, count(price) AS priced, sum(monthlyRent) AS rent,
        count(hasParking) FILTER (WHERE hasParking) AS parking,
        sum(epoch_ms(publishedAt)) AS published, sum(len(tags)) AS tags,
        count(*) FILTER (WHERE title LIKE '=%') AS formulas
       FROM read_parquet('${path}')`,
    );
    const [got] = result.getRowObjectsJS();
    const sum = (key: string, map: (v: TypedValue) => bigint) =>
      listings.reduce((total, l) => {
        const column = typed.find((t) => t.column.key === key);
        const value = column ? typedValue(column, l) : null;
        return value === null ? total : total + map(value);
      }, 0n);
    expect(got).toMatchObject({
      n: BigInt(N),
      priced: BigInt(listings.filter((l) => l.price !== undefined).length),
      parking: BigInt(listings.filter((l) => l.hasParking === true).length),
      formulas: BigInt(listings.filter((l) => l.title.startsWith('=')).length),
    });
    expect(BigInt(String(got?.price))).toBe(sum('price', (v) => BigInt(v as number)));
    expect(BigInt(String(got?.rent))).toBe(sum('monthlyRent', (v) => BigInt(v as number)));
    expect(BigInt(String(got?.published))).toBe(
      sum('publishedAt', (v) => BigInt((v as Date).getTime())),
    );
    expect(BigInt(String(got?.tags))).toBe(sum('tags', (v) => BigInt((v as string[]).length)));
    sql.closeSync();
  }, 120_000);
});
