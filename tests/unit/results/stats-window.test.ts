import { describe, expect, it } from 'vitest';
import { jobIdFromSearch, resultsQuery } from '@/lib/results/results-url';
import { histogram, quantile, quartiles } from '@/lib/results/stats';
import { sameRange, visibleRange, windowCapacity } from '@/lib/results/window';

describe('quartiles', () => {
  it('match spreadsheet QUARTILE.INC', () => {
    expect(quartiles([7, 1, 3, 5, 9])).toEqual({
      count: 5,
      min: 1,
      q1: 3,
      median: 5,
      q3: 7,
      max: 9,
    });
    expect(quartiles([1, 2, 3, 4])).toEqual({
      count: 4,
      min: 1,
      q1: 1.75,
      median: 2.5,
      q3: 3.25,
      max: 4,
    });
    expect(quantile([10], 0.5)).toBe(10);
  });

  it('skip values that are not finite, and give nothing for no values', () => {
    expect(quartiles([Number.NaN, 4, Number.POSITIVE_INFINITY])?.median).toBe(4);
    expect(quartiles([])).toBeUndefined();
  });
});

describe('histogram', () => {
  it('counts every value once, in equal-width bins', () => {
    const values = Array.from({ length: 100 }, (_, i) => i);
    const { bins, above, below } = histogram(values, quartiles(values) as never, 10);
    expect(bins).toHaveLength(10);
    expect(bins.map((b) => b.count)).toEqual(Array(10).fill(10));
    expect([above, below]).toEqual([undefined, undefined]);
  });

  it('counts far outliers apart, labelled, instead of stretching or hiding them', () => {
    // Villas at 1 to 1.4 billion, three at 16 to 90 billion, and a 1,000-toman placeholder.
    const values = [
      ...Array.from({ length: 40 }, (_, i) => 1e9 + i * 1e7),
      1.6e10,
      2e10,
      9e10,
      1000,
    ];
    const result = histogram(values, quartiles(values) as never, 20);
    expect(result.bins[0]?.from).toBeGreaterThan(1000);
    expect(result.bins.at(-1)?.to).toBeLessThan(3e9);
    expect(result.above).toEqual({ from: result.bins.at(-1)?.to, count: 3 });
    expect(result.below).toEqual({ to: result.bins[0]?.from, count: 1 });
    const inBars = result.bins.reduce((n, b) => n + b.count, 0);
    expect(inBars + (result.above?.count ?? 0) + (result.below?.count ?? 0)).toBe(values.length);
  });

  it('on a log scale spans every value in bars of equal ratio', () => {
    const values = [1e6, 1e7, 1e8, 1e9];
    const result = histogram(values, quartiles(values) as never, 3, 'log');
    expect(result.bins.map((b) => Math.round(Math.log10(b.from)))).toEqual([6, 7, 8]);
    expect(result.bins.map((b) => b.count)).toEqual([1, 1, 2]);
    expect([result.above, result.below]).toEqual([undefined, undefined]);
  });

  it('gives one bar when every value is the same', () => {
    expect(histogram([3, 3, 3], quartiles([3, 3, 3]) as never).bins).toEqual([
      { from: 3, to: 3, count: 3 },
    ]);
  });
});

describe('visibleRange', () => {
  it('renders the rows in view plus the overscan on each side', () => {
    expect(visibleRange(0, 340, 34, 20_000, 5)).toEqual({ start: 0, end: 16 });
    expect(visibleRange(34 * 1000, 340, 34, 20_000, 5)).toEqual({ start: 995, end: 1016 });
  });

  it('stays within the rows at the end, and for empty or odd input', () => {
    expect(visibleRange(34 * 20_000, 340, 34, 20_000, 5)).toEqual({ start: 19_995, end: 20_000 });
    expect(visibleRange(0, 340, 34, 0)).toEqual({ start: 0, end: 0 });
    expect(visibleRange(-50, 340, 34, 3)).toEqual({ start: 0, end: 3 });
  });

  it('never returns more rows than windowCapacity, so slot keys (index % capacity) are unique', () => {
    for (const height of [0, 33, 340, 777]) {
      const capacity = windowCapacity(height, 34);
      for (let top = 0; top < 34 * 200; top += 13) {
        const { start, end } = visibleRange(top, height, 34, 150);
        expect(end - start).toBeLessThanOrEqual(capacity);
        const keys = new Set(Array.from({ length: end - start }, (_, i) => (start + i) % capacity));
        expect(keys.size).toBe(end - start);
      }
    }
    expect(sameRange({ start: 1, end: 5 }, { start: 1, end: 5 })).toBe(true);
    expect(sameRange({ start: 1, end: 5 }, { start: 2, end: 5 })).toBe(false);
  });
});

describe('results page URL', () => {
  it('carries the job id and reads it back', () => {
    expect(resultsQuery('job 1/ا')).toBe('?job=job%201%2F%D8%A7');
    expect(jobIdFromSearch(resultsQuery('job 1/ا'))).toBe('job 1/ا');
    expect(jobIdFromSearch('')).toBeUndefined();
    expect(jobIdFromSearch(`?job=${'x'.repeat(65)}`)).toBeUndefined();
  });
});
