import { describe, expect, it } from 'vitest';
import { columnsFor } from '@/lib/export/columns';
import { columnLetter } from '@/lib/export/xlsx-parts';
import { writeXlsx } from '@/lib/export/xlsx-stream';
import { makeListing } from './listings';
import { cellText, sharedStrings, unzipXlsx } from './unzip';

const columns = columnsFor(['title', 'price', 'publishedAt']);
const listings = Array.from({ length: 5_001 }, (_, i) =>
  makeListing({ token: `t${i}`, title: i === 7 ? 'A & B <c> "d"' : `آگهی ${i % 100}` }),
);

async function write(rows = listings, cancelAfter = Number.POSITIVE_INFINITY) {
  const parts: Uint8Array[] = [];
  const progress: number[] = [];
  const done = await writeXlsx(rows, columns, 'fa', {
    write: (b) => void parts.push(b),
    progress: (n) => void progress.push(n),
    cancelled: () => progress.length >= cancelAfter,
  });
  return { done, progress, blob: new Blob(parts as BlobPart[]), parts };
}

describe('streamed XLSX', () => {
  it('writes every row in batches, texts escaped and shared once', async () => {
    const { done, progress, blob, parts } = await write();
    expect(done).toBe(true);
    expect(progress).toEqual([2000, 4000, 5001]);
    expect(parts.length).toBeGreaterThan(3);
    const files = await unzipXlsx(blob);
    const sheet = files['xl/worksheets/sheet1.xml'] ?? '';
    expect(sheet.match(/<row /g)).toHaveLength(5_002);
    expect(sheet).toContain('<autoFilter ref="A1:C5002"/>');
    expect(cellText(files, sheet, 'A9')).toBe('A & B <c> "d"');
    expect(cellText(files, sheet, 'A5002')).toBe('آگهی 0');
    // 100 distinct titles, the odd one, and the three headers.
    expect(sharedStrings(files)).toHaveLength(104);
  });

  it('stops at the next batch when cancelled', async () => {
    const { done, progress } = await write(listings, 1);
    expect(done).toBe(false);
    expect(progress).toEqual([2000]);
  });

  it('names columns as Excel does past Z', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
