import { Component } from 'preact';
import type { Listing } from '@/lib/divar/listing/types';
import type { ExportColumn } from '@/lib/export/columns';
import { displayCellCached } from '@/lib/results/format';
import { SORT_KEY_OF_COLUMN, type SortKey, type SortState } from '@/lib/results/view';
import { Data } from '../Data';
import { useLang, useT } from '../i18n';
import { usePortalT } from '../portals/portal-env';

// Column widths in pixels (the table is fixed-layout, so rows never reflow while scrolling).
const WIDTHS: Record<string, number> = {
  title: 230,
  change: 210,
  price: 150,
  pricePerSquareMetre: 120,
  size: 90,
  rooms: 70,
  district: 130,
  yearBuilt: 80,
  publishedAt: 120,
  imageCount: 80,
  deposit: 150,
  monthlyRent: 140,
  mileageKm: 110,
  salary: 170,
  sellerType: 120,
  url: 160,
  description: 320,
  imageUrls: 260,
};

/** The width of the check-box column, when rows can be selected. */
export const SELECT_WIDTH = 40;

/** Which rows are selected, and how to change that. */
export interface Selection {
  selected: ReadonlySet<string>;
  onSelect(tokens: string[], isOn: boolean): void;
}

/** The header's check box: selects (or clears) every row shown. */
export function SelectAllCell({
  listings,
  selection,
}: {
  listings: readonly Listing[];
  selection: Selection;
}) {
  const t = usePortalT();
  const all = listings.length > 0 && listings.every((l) => selection.selected.has(l.token));
  return (
    <th style={{ width: `${SELECT_WIDTH}px` }}>
      <input
        type="checkbox"
        aria-label={t('selectAll')}
        data-testid="select-all"
        checked={all}
        onChange={() =>
          selection.onSelect(
            listings.map((l) => l.token),
            !all,
          )
        }
      />
    </th>
  );
}

/** A column's width in pixels. */
export function columnWidth(key: string): number {
  return WIDTHS[key] ?? 120;
}

/** Props of HeaderCell. */
export interface HeaderCellProps {
  column: ExportColumn;
  sort: SortState | undefined;
  onSort(key: SortKey): void;
}

/** A column header; sortable columns are buttons that say their sort (aria-sort). */
export function HeaderCell({ column, sort, onSort }: HeaderCellProps) {
  const lang = useLang();
  const t = useT();
  const key = SORT_KEY_OF_COLUMN[column.key];
  const width = columnWidth(column.key);
  const cls = column.kind === 'number' ? 'num' : undefined;
  if (!key) {
    return (
      <th class={cls} style={{ width: `${width}px` }}>
        {column[lang]}
      </th>
    );
  }
  const dir = sort?.key === key ? sort.dir : undefined;
  return (
    <th
      class={cls}
      style={{ width: `${width}px` }}
      aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
    >
      <button
        type="button"
        class="vtable__sort"
        data-testid={`sort-${key}`}
        onClick={() => onSort(key)}
      >
        {column[lang]}
        <span aria-hidden="true">{dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : ' ⇅'}</span>
        <span class="sr-only">{t('results.sortBy')}</span>
      </button>
    </th>
  );
}

/** Props of Row: all plain values or stable callbacks, so an unchanged row skips rendering. */
export interface RowProps {
  listing: Listing;
  columns: readonly ExportColumn[];
  index: number;
  /** Whether the row's check box is ticked; undefined when rows cannot be selected. */
  checked?: boolean | undefined;
  onSelect?: Selection['onSelect'] | undefined;
}

function RowCells({ listing, columns, index, checked, onSelect }: RowProps) {
  const lang = useLang();
  const portalT = usePortalT();
  return (
    <tr data-token={listing.token} aria-rowindex={index + 2}>
      {checked !== undefined ? (
        <td>
          <input
            type="checkbox"
            aria-label={`${portalT('select')}: ${listing.title}`}
            data-testid="select-row"
            checked={checked}
            onChange={(e) => onSelect?.([listing.token], e.currentTarget.checked)}
          />
        </td>
      ) : null}
      {columns.map((column) => {
        const text = displayCellCached(column, listing, lang);
        if (column.key === 'title' || column.key === 'url') {
          return (
            // A URL reads left to right, so its ellipsis falls at its end, not its start.
            <td key={column.key} title={text} dir={column.key === 'url' ? 'ltr' : undefined}>
              {/* One Tab stop per row: the title is the link, a link column repeats it. */}
              <a
                href={listing.url}
                target="_blank"
                rel="noreferrer"
                tabIndex={column.key === 'url' ? -1 : undefined}
              >
                {column.key === 'url' ? text : <Data text={text} />}
              </a>
            </td>
          );
        }
        return (
          <td key={column.key} class={column.kind === 'number' ? 'num' : undefined} title={text}>
            {column.kind === 'text' || column.kind === 'list' ? <Data text={text} /> : text}
          </td>
        );
      })}
    </tr>
  );
}

/**
 * One listing's row; the title and link cells open the post on divar.ir. It renders again only
 * when one of its props changes (the language reaches it through context either way).
 */
export class Row extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    const now = this.props;
    return (
      now.listing !== next.listing ||
      now.columns !== next.columns ||
      now.index !== next.index ||
      now.checked !== next.checked ||
      now.onSelect !== next.onSelect
    );
  }

  override render(props: RowProps) {
    return <RowCells {...props} />;
  }
}
