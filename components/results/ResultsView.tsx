import { useMemo, useState } from 'preact/hooks';
import type { Listing } from '@/lib/divar/listing/types';
import type { ErrorKind } from '@/lib/errors';
import { buildExport } from '@/lib/export/build';
import { columnsFor } from '@/lib/export/columns';
import { type ColumnFamily, DEFAULT_COLUMNS } from '@/lib/export/default-columns';
import { type ExportFormat, exportFileName } from '@/lib/export/download';
import { columnsOf, type ExportPrefs, withColumns } from '@/lib/export/prefs';
import { toPortalListing } from '@/lib/portals/listing';
import {
  filterListings,
  NO_FILTER,
  type QuickFilter,
  type SortKey,
  type SortState,
  sortListings,
} from '@/lib/results/view';
import { useLang } from '../i18n';
import { PushToPortal } from '../portals/PushToPortal';
import { ColumnChooser } from './ColumnChooser';
import { ExportBar } from './ExportBar';
import { PriceHistogram } from './PriceHistogram';
import { QuickFilters } from './QuickFilters';
import { VirtualTable } from './VirtualTable';

/** Props of ResultsView. */
export interface ResultsViewProps {
  title: string;
  /** Which defaults the columns follow: rentals, property for sale, cars, jobs or other. */
  family: ColumnFamily;
  listings: readonly Listing[];
  initialPrefs: ExportPrefs;
  savePrefs(prefs: ExportPrefs): void;
  download(blob: Blob, fileName: string): void;
  now(): Date;
  onError(kind: ErrorKind): void;
}

// The first click on a header sorts the way people usually look: cheapest, smallest, newest first.
const FIRST_DIR: Record<SortKey, 'asc' | 'desc'> = {
  price: 'asc',
  pricePerSquareMetre: 'asc',
  size: 'asc',
  date: 'desc',
};

/** A job's listings: quick filters, price histogram, column chooser, exports and the table. */
export function ResultsView({
  title,
  family,
  listings,
  initialPrefs,
  savePrefs,
  download,
  now,
  onError,
}: ResultsViewProps) {
  const lang = useLang();
  const [filter, setFilter] = useState<QuickFilter>(NO_FILTER);
  const [sort, setSort] = useState<SortState | undefined>();
  const [prefs, setPrefs] = useState(initialPrefs);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const onSelect = (tokens: string[], isOn: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      for (const token of tokens) isOn ? next.add(token) : next.delete(token);
      return next;
    });
  const filtered = useMemo(() => filterListings(listings, filter), [listings, filter]);
  const shown = useMemo(() => (sort ? sortListings(filtered, sort) : filtered), [filtered, sort]);
  const chosen = useMemo(() => columnsOf(prefs, family), [prefs, family]);
  const columns = useMemo(() => columnsFor(chosen), [chosen]);
  const headerLang = prefs.headerLang ?? lang;
  const updatePrefs = (next: ExportPrefs) => {
    setPrefs(next);
    savePrefs(next);
  };
  const toggleSort = (key: SortKey) =>
    setSort((current) =>
      current?.key === key
        ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' }
        : { key, dir: FIRST_DIR[key] },
    );
  const exportAs = async (format: ExportFormat) => {
    const blob = await buildExport(format, shown, columns, headerLang);
    download(blob, exportFileName(title, format, now(), lang));
  };
  return (
    <>
      <div class="results__tools">
        <QuickFilters
          filter={filter}
          onFilter={setFilter}
          sort={sort}
          onSort={setSort}
          shown={shown.length}
          total={listings.length}
        />
        <PriceHistogram listings={filtered} />
        <div class="results__side">
          <ExportBar
            headerLang={headerLang}
            onHeaderLang={(next) => updatePrefs({ ...prefs, headerLang: next })}
            onExport={exportAs}
            onError={onError}
            disabled={shown.length === 0}
          />
          <ColumnChooser
            chosen={chosen}
            defaults={DEFAULT_COLUMNS[family]}
            onChange={(keys) => updatePrefs(withColumns(prefs, family, keys))}
          />
        </div>
      </div>
      <PushToPortal
        count={selected.size}
        listings={() => listings.filter((l) => selected.has(l.token)).map(toPortalListing)}
      />
      <VirtualTable
        listings={shown}
        columns={columns}
        sort={sort}
        onSort={toggleSort}
        selection={{ selected, onSelect }}
        scrollKey={`${JSON.stringify(filter)} ${sort?.key} ${sort?.dir}`}
      />
    </>
  );
}
