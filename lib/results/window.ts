/** The rows a windowed list renders: `start` inclusive, `end` exclusive. */
export interface RowRange {
  start: number;
  end: number;
}

/**
 * Which of `count` fixed-height rows to render for a scroll position: the visible ones plus
 * `overscan` rows on each side, so a fast scroll shows no blank band before the next render.
 */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 8,
): RowRange {
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, first + visible + overscan);
  return { start: Math.min(start, end), end };
}

/**
 * The most rows {@link visibleRange} can return for this viewport: rows keyed by
 * `index % capacity` are then unique, and a scroll reuses the rows (and DOM) that left the view.
 */
export function windowCapacity(viewportHeight: number, rowHeight: number, overscan = 8): number {
  if (rowHeight <= 0) return 1;
  return Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1 + 2 * overscan;
}

/** Whether two ranges are the same rows. */
export const sameRange = (a: RowRange, b: RowRange) => a.start === b.start && a.end === b.end;
