import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildExport, fileColumns, sidecarName, sidecarText } from '@/lib/export/build';
import { COLUMNS, columnsFor } from '@/lib/export/columns';
import { DICTIONARY, dictionaryMarkdown } from '@/lib/export/dictionary';
import { makeListing } from './listings';
import { typedListings } from './typed-listings';

const columns = columnsFor([
  'title',
  'price',
  'publishedAt',
  'hasParking',
  'tags',
  'deposit',
  'size',
]);

describe('JSON Lines export', () => {
  it('writes one object per line, every key present, typed, null where absent', async () => {
    const listings = [
      makeListing({ title: '=1+1', price: 1_234.6 }),
      makeListing({ token: 'b', price: undefined, hasParking: undefined, tags: [] }),
    ];
    const text = await (await buildExport('jsonl', listings, columns, 'fa')).text();
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const [first, second] = lines.slice(0, 2).map((line) => JSON.parse(line));
    expect(first).toEqual({
      title: '=1+1',
      price: 1235,
      publishedAt: '2026-11-20T08:30:00.000Z',
      publishedAtJalali: '1405/08/29 12:00',
      hasParking: true,
      tags: ['نردبان شده', 'فوری'],
      deposit: null,
      size: 200,
    });
    expect(Object.keys(second)).toEqual(Object.keys(first));
    expect(second).toMatchObject({ price: null, hasParking: null, tags: [] });
  });

  it('round-trips 5,000 listings line by line', async () => {
    const listings = typedListings(5_000);
    const text = await (await buildExport('jsonl', listings, COLUMNS, 'en')).text();
    const rows = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows).toHaveLength(5_000);
    expect(rows.map((r) => r.token)).toEqual(listings.map((l) => l.token));
    expect(rows.filter((r) => r.price === null)).toHaveLength(
      listings.filter((l) => l.price === undefined).length,
    );
    expect(rows.every((r) => r.price === null || Number.isInteger(r.price))).toBe(true);
  });
});

describe('data dictionary', () => {
  it('has an entry with meaning and source for every exportable column, and no stale one', () => {
    expect(Object.keys(DICTIONARY).sort()).toEqual(COLUMNS.map((c) => c.key).sort());
    for (const entry of Object.values(DICTIONARY)) {
      expect(entry.meaning.length).toBeGreaterThan(5);
      expect(entry.source.length).toBeGreaterThan(5);
    }
    expect(DICTIONARY.price).toMatchObject({ type: 'int64', unit: 'toman' });
  });

  it('gives the sidecar one entry per file column, in file order, Jalali twins included', () => {
    const sidecar = JSON.parse(sidecarText('x.parquet', 2, 'parquet', columns));
    expect(sidecar.rows).toBe(2);
    expect(sidecar.columns.map((c: { name: string }) => c.name)).toEqual(
      fileColumns('parquet', columns).map((c) => c.key),
    );
    expect(sidecar.columns[2]).toMatchObject({
      name: 'publishedAt',
      type: 'timestamp',
      header: { fa: 'تاریخ انتشار', en: 'Published' },
    });
    expect(sidecar.columns[3]).toMatchObject({ name: 'publishedAtJalali', type: 'string' });
    expect(sidecarName('divar-x-1405-09-13.parquet')).toBe('divar-x-1405-09-13-dictionary.json');
  });

  it('is the table in the README (run `npx tsx scripts/gen-dictionary.ts` after a change)', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const table = readme
      .split('<!-- dictionary:start -->\n')[1]
      ?.split('<!-- dictionary:end -->')[0];
    expect(table).toBe(dictionaryMarkdown(fileColumns('parquet', COLUMNS)));
  });
});
