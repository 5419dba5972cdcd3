import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Listing } from '@/lib/divar/listing/types';
import type { ExportColumn } from '@/lib/export/columns';
import type { SortKey, SortState } from '@/lib/results/view';
import { visibleRange } from '@/lib/results/window';
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

/** The results as a table that renders only the rows in view, so 20,000 rows scroll smoothly. */
export function VirtualTable({
  listings,
  columns,
  sort,
  onSort,
  initialHeight = 600,
  selection,
}: VirtualTableProps) {
  const t = useT();
  const box = useRef<HTMLElement>(null);
  const [height, setHeight] = useState(initialHeight);
  const [scrollTop, setScrollTop] = useState(0);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || initialHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, [initialHeight]);
  // A new sort or filter starts from the top.
  useEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setScrollTop(0);
  }, [listings]);
  const range = visibleRange(scrollTop, height, ROW_HEIGHT, listings.length);
  const span = columns.length + (selection ? 1 : 0);
  const onScroll = (event: Event) => {
    const top = (event.currentTarget as HTMLElement).scrollTop;
    const next = visibleRange(top, height, ROW_HEIGHT, listings.length);
    if (next.start !== range.start || next.end !== range.end) setScrollTop(top);
  };
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
          {listings.slice(range.start, range.end).map((listing, i) => (
            <Row
              key={listing.token}
              listing={listing}
              columns={columns}
              index={range.start + i}
              selection={selection}
            />
          ))}
          <Spacer height={(listings.length - range.end) * ROW_HEIGHT} span={span} />
        </tbody>
      </table>
    </section>
  );
}
