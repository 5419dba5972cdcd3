import { useMemo, useState } from 'preact/hooks';
import type { Listing } from '@/lib/divar/listing/types';
import type { ErrorKind } from '@/lib/errors';
import { columnsFor } from '@/lib/export/columns';
import { type ColumnFamily, DEFAULT_COLUMNS } from '@/lib/export/default-columns';
import { columnsOf, type ExportPrefs, withColumns } from '@/lib/export/prefs';
import { type ChangeGroup, changeColumn, listingsOfGroup } from '@/lib/history/change-view';
import type { JobChanges } from '@/lib/history/job-changes';
import {
  filterListings,
  NO_FILTER,
  type QuickFilter,
  type SortKey,
  type SortState,
  sortListings,
} from '@/lib/results/view';
import { ChangeGroups } from '../history/ChangeGroups';
import { useLang } from '../i18n';
import { PushToPortal } from '../portals/PushToPortal';
import { ColumnChooser } from './ColumnChooser';
import { ExportBar } from './ExportBar';
import { PriceHistogram } from './PriceHistogram';
import { QuickFilters } from './QuickFilters';
import { type StartExport, useExport } from './useExport';
import { VirtualTable } from './VirtualTable';

/** Props of ResultsView. */
export interface ResultsViewProps {
  title: string;
  /** Which defaults the columns follow: rentals, property for sale, cars, jobs or other. */
  family: ColumnFamily;
  listings: readonly Listing[];
  /** The job the listings are from: the export Worker reads them from its store. */
  jobId?: string;
  initialPrefs: ExportPrefs;
  savePrefs(prefs: ExportPrefs): void;
  download(blob: Blob, fileName: string): void;
  now(): Date;
  /** Runs an export in a Worker; without it the export is built on the page (tests, bench). */
  startExport?: StartExport;
  onError(kind: ErrorKind): void;
  /** What changed since the previous fetch of the same search, when there was one. */
  changes?: JobChanges | null | undefined;
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
  startExport,
  jobId,
  onError,
  changes,
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
  const [group, setGroup] = useState<ChangeGroup>('all');
  const grouped = useMemo(
    () => (changes ? listingsOfGroup(listings, changes, group) : listings),
    [listings, changes, group],
  );
  const filtered = useMemo(() => filterListings(grouped, filter), [grouped, filter]);
  const shown = useMemo(() => (sort ? sortListings(filtered, sort) : filtered), [filtered, sort]);
  const chosen = useMemo(() => columnsOf(prefs, family), [prefs, family]);
  // The change column follows the title when this search was fetched before.
  const columns = useMemo(() => {
    const base = columnsFor(chosen);
    if (!changes) return base;
    const at = base.findIndex((c) => c.key === 'title') + 1;
    return [...base.slice(0, at), changeColumn(changes), ...base.slice(at)];
  }, [chosen, changes]);
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
  const { exportAs, cancel } = useExport({
    title,
    jobId,
    shown,
    columns,
    headerLang,
    lang,
    now,
    download,
    startExport,
  });
  return (
    <>
      <div class="results__tools">
        <QuickFilters
          filter={filter}
          onFilter={setFilter}
          sort={sort}
          onSort={setSort}
          shown={shown.length}
          total={grouped.length}
        />
        <PriceHistogram listings={filtered} />
        <div class="results__side">
          <ExportBar
            headerLang={headerLang}
            onHeaderLang={(next) => updatePrefs({ ...prefs, headerLang: next })}
            onExport={exportAs}
            onError={onError}
            onCancel={cancel}
            disabled={shown.length === 0}
          />
          <ColumnChooser
            chosen={chosen}
            defaults={DEFAULT_COLUMNS[family]}
            onChange={(keys) => updatePrefs(withColumns(prefs, family, keys))}
          />
        </div>
      </div>
      {changes ? (
        <ChangeGroups listings={listings} changes={changes} group={group} onGroup={setGroup} />
      ) : null}
      <PushToPortal
        count={selected.size}
        listings={async () => {
          // The portal's mapping (and zod) load on the first push, not with the table.
          const { toPortalListing } = await import('@/lib/portals/listing');
          return listings.filter((l) => selected.has(l.token)).map(toPortalListing);
        }}
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
