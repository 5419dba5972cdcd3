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

/** A histogram: equal-width bars, and what lies outside them, counted and never hidden. */
export interface Histogram {
  bins: Bin[];
  /** Values below the first bar (far low outliers, e.g. a placeholder price of 1 toman). */
  below?: { to: number; count: number };
  /** Values above the last bar (far high outliers), shown as a labelled bar of their own. */
  above?: { from: number; count: number };
}

/** The scales a histogram's value axis can use. */
export type Scale = 'linear' | 'log';

const log = Math.log10;

/**
 * `bins` equal-width bars over the values. On a linear scale, far outliers (beyond 3
 * interquartile ranges) are not bars: they are counted in `below` and `above` so the bars keep a
 * useful range and the chart can say «بیش از …: ۳ آگهی». On a log scale the bars are equal in
 * log(value) and span every positive value, so nothing is left out.
 */
export function histogram(
  values: readonly number[],
  summary: Quartiles,
  bins = 20,
  scale: Scale = 'linear',
): Histogram {
  const finite = values.filter((v) => Number.isFinite(v) && (scale === 'linear' || v > 0));
  const spread = summary.q3 - summary.q1;
  const [from, to] =
    scale === 'log'
      ? [log(Math.min(...finite)), log(Math.max(...finite))]
      : [
          Math.max(summary.min, summary.q1 - 3 * spread),
          Math.min(summary.max, summary.q3 + 3 * spread),
        ];
  const unlog = (x: number) => (scale === 'log' ? 10 ** x : x);
  const at = (v: number) => (scale === 'log' ? log(v) : v);
  const inRange = finite.filter((v) => at(v) >= from && at(v) <= to);
  const outside = {
    below: finite.filter((v) => at(v) < from).length,
    above: finite.filter((v) => at(v) > to).length,
  };
  const edges: Omit<Histogram, 'bins'> = {
    ...(outside.below > 0 ? { below: { to: unlog(from), count: outside.below } } : {}),
    ...(outside.above > 0 ? { above: { from: unlog(to), count: outside.above } } : {}),
  };
  if (!(to > from))
    return { bins: [{ from: unlog(from), to: unlog(to), count: inRange.length }], ...edges };
  const width = (to - from) / bins;
  const result: Bin[] = Array.from({ length: bins }, (_, i) => ({
    from: unlog(from + i * width),
    to: unlog(from + (i + 1) * width),
    count: 0,
  }));
  for (const value of inRange) {
    const index = Math.min(bins - 1, Math.max(0, Math.floor((at(value) - from) / width)));
    (result[index] as Bin).count++;
  }
  return { bins: result, ...edges };
}
