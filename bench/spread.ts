/** Samples summarised for a benchmark table: the median and the range they spread over. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** The median, min and max of `samples` (at least one). */
export function spread(samples: readonly number[]): Spread {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, runs: sorted.length };
}

/** "12.3 ms (10.1–15.0)": a spread in a table cell, with `digits` decimals and a unit. */
export function showSpread(s: Spread, unit = 'ms', digits = 1): string {
  const f = (n: number) => n.toFixed(digits);
  return `${f(s.median)} ${unit} (${f(s.min)}–${f(s.max)})`;
}
