/** The five-number summary of a set of values. */
export interface Quartiles {
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** One histogram bar: values in [from, to) (the last bar includes `to`). */
export interface Bin {
  from: number;
  to: number;
  count: number;
}

/** The value at quantile `q` of ascending `sorted`, interpolated linearly (Excel's QUARTILE.INC). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (high - low) * (position - below);
}

/** Minimum, quartiles, median and maximum of `values` (finite ones only); undefined when none. */
export function quartiles(values: readonly number[]): Quartiles | undefined {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  return {
    count: sorted.length,
    min: sorted[0] as number,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1] as number,
  };
}

/**
 * `bins` equal-width bars over the values. Far outliers (beyond 3 interquartile ranges, e.g. a
 * placeholder price of 1 toman) are counted in the first or last bar rather than stretching it.
 */
export function histogram(values: readonly number[], summary: Quartiles, bins = 20): Bin[] {
  const spread = summary.q3 - summary.q1;
  const from = Math.max(summary.min, summary.q1 - 3 * spread);
  const to = Math.min(summary.max, summary.q3 + 3 * spread);
  if (!(to > from)) return [{ from, to, count: summary.count }];
  const width = (to - from) / bins;
  const result: Bin[] = Array.from({ length: bins }, (_, i) => ({
    from: from + i * width,
    to: from + (i + 1) * width,
    count: 0,
  }));
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    const index = Math.min(bins - 1, Math.max(0, Math.floor((value - from) / width)));
    (result[index] as Bin).count++;
  }
  return result;
}
