import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Listing } from '@/lib/divar/listing/types';
import type { ExportColumn } from '@/lib/export/columns';
import type { SortKey, SortState } from '@/lib/results/view';
import { sameRange, visibleRange, windowCapacity } from '@/lib/results/window';
import { useT } from '../i18n';
import {
  columnWidth,
  HeaderCell,
  Row,
  SELECT_WIDTH,
  SelectAllCell,
  type Selection,
} from './TableParts';

/** The fixed height of a row in pixels (CSS `.vtable td` keeps to it). */
export const ROW_HEIGHT = 34;
// Rows rendered beyond each edge of the view: enough for a wheel step, few to lay out per frame.
const OVERSCAN = 4;

/** Props of VirtualTable. */
export interface VirtualTableProps {
  listings: readonly Listing[];
  columns: readonly ExportColumn[];
  sort: SortState | undefined;
  onSort(key: SortKey): void;
  /** The scroll box's height until the browser measures it (and in a DOM without layout). */
  initialHeight?: number;
  /** Selected rows' tokens: with it, each row has a check box (for "Push to portal…"). */
  selection?: Selection;
  /** A new value scrolls back to the top (a new sort or filter); rows merely added keep the place. */
  scrollKey?: unknown;
}

function Spacer({ height, span }: { height: number; span: number }) {
  if (height <= 0) return null;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable; hidden, it is not read as an empty row.
    <tr class="vtable__spacer" aria-hidden="true">
      <td colSpan={span} style={{ height: `${height}px` }} />
    </tr>
  );
}

/**
 * The results as a table that renders only the rows in view, so 20,000 rows scroll smoothly:
 * scroll events are read once per animation frame, rows are keyed by their slot in the window
 * (`index % capacity`, so a row leaving the view is reused for the one entering) and a row whose
 * props did not change is not rendered again.
 */
export function VirtualTable({
  listings,
  columns,
  sort,
  onSort,
  initialHeight = 600,
  selection,
  scrollKey,
}: VirtualTableProps) {
  const t = useT();
  const box = useRef<HTMLElement>(null);
  const [height, setHeight] = useState(initialHeight);
  const [scrollTop, setScrollTop] = useState(0);
  const frame = useRef(0);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || initialHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, [initialHeight]);
  // A new sort or filter (a new scrollKey) starts from the top. Not on mount: the box is at the
  // top already, and writing scrollTop would force a layout before the first rows paint.
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    if (box.current) box.current.scrollTop = 0;
    setScrollTop(0);
  }, [scrollKey]);
  useEffect(
    () => () => {
      if (frame.current) cancelAnimationFrame(frame.current);
    },
    [],
  );
  const range = visibleRange(scrollTop, height, ROW_HEIGHT, listings.length, OVERSCAN);
  const rangeRef = useRef(range);
  rangeRef.current = range;
  const countRef = useRef(listings.length);
  countRef.current = listings.length;
  const heightRef = useRef(height);
  heightRef.current = height;
  // Once per frame, read the scroll position (before this frame writes anything) and render only
  // when the rows in the window change.
  const onScroll = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const top = box.current?.scrollTop ?? 0;
      const next = visibleRange(top, heightRef.current, ROW_HEIGHT, countRef.current, OVERSCAN);
      if (!sameRange(next, rangeRef.current)) setScrollTop(top);
    });
  }, []);
  // A stable callback for the rows, so a new `selection` object does not render every row again.
  const selectRef = useRef(selection?.onSelect);
  selectRef.current = selection?.onSelect;
  const onSelect = useCallback(
    (tokens: string[], isOn: boolean) => selectRef.current?.(tokens, isOn),
    [],
  );
  const capacity = windowCapacity(height, ROW_HEIGHT, OVERSCAN);
  const span = columns.length + (selection ? 1 : 0);
  const rows = [];
  for (let index = range.start; index < range.end; index++) {
    const listing = listings[index] as Listing;
    rows.push(
      <Row
        key={index % capacity}
        listing={listing}
        columns={columns}
        index={index}
        checked={selection ? selection.selected.has(listing.token) : undefined}
        onSelect={selection ? onSelect : undefined}
      />,
    );
  }
  return (
    <section
      ref={box}
      id="results-table"
      class="vtable"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll box must take focus so the keyboard can scroll it (WCAG 2.1.1).
      tabIndex={0}
      aria-label={t('results.table')}
      data-testid="results-table"
      data-rows={listings.length}
      onScroll={onScroll}
    >
      <table
        aria-rowcount={listings.length + 1}
        style={{
          width: `${columns.reduce((sum, c) => sum + columnWidth(c.key), selection ? SELECT_WIDTH : 0)}px`,
        }}
      >
        <thead>
          <tr aria-rowindex={1}>
            {selection ? <SelectAllCell listings={listings} selection={selection} /> : null}
            {columns.map((column) => (
              <HeaderCell key={column.key} column={column} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          <Spacer height={range.start * ROW_HEIGHT} span={span} />
          {rows}
          <Spacer height={(listings.length - range.end) * ROW_HEIGHT} span={span} />
        </tbody>
      </table>
    </section>
  );
}
