import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { type ComponentChild, h, render } from 'preact';
import { LangContext } from '../components/i18n';
import { VirtualTable } from '../components/results/VirtualTable';
import type { Listing } from '../lib/divar/listing/types';
import { columnsFor, type ExportColumn } from '../lib/export/columns';
import { DEFAULT_COLUMNS } from '../lib/export/default-columns';
import { displayCell } from '../lib/results/format';
import { filterListings, NO_FILTER, sortListings } from '../lib/results/view';
import { LISTINGS as EXPORTED, type ExportRun, exportOnce } from './exports.bench';
import { benchListings } from './results-listings';

const ROWS = 20_000;
const columns = columnsFor(DEFAULT_COLUMNS.sale);

/** Baseline: the same table with every row in the DOM, cells formatted the same way. */
function PlainTable({
  listings,
  columns,
}: {
  listings: readonly Listing[];
  columns: ExportColumn[];
}) {
  return h('table', null, [
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        columns.map((c) => h('th', { key: c.key }, c.fa)),
      ),
    ),
    h(
      'tbody',
      null,
      listings.map((l) =>
        h(
          'tr',
          { key: l.token, 'data-token': l.token },
          columns.map((c) => h('td', { key: c.key }, displayCell(c, l, 'fa'))),
        ),
      ),
    ),
  ]);
}

/** Best first-render time (ms) of `make()` into a fresh linkedom document, and the nodes it made. */
function firstRender(make: () => ComponentChild, rounds: number): { ms: number; nodes: number } {
  let best = Number.POSITIVE_INFINITY;
  let nodes = 0;
  for (let round = 0; round <= rounds; round++) {
    const { document } = parseHTML(
      '<!doctype html><html><body><div id="root"></div></body></html>',
    );
    const root = document.getElementById('root') as unknown as HTMLElement;
    const start = performance.now();
    render(h(LangContext.Provider, { value: 'fa' }, make()), root);
    const ms = performance.now() - start;
    if (round > 0) best = Math.min(best, ms); // round 0 warms the JIT up
    nodes = root.querySelectorAll('*').length;
    render(null, root);
  }
  return { ms: best, nodes };
}

/** One export in a fresh Node process (so peak memory is its own); the faster of two runs. */
function exportRun(which: string): ExportRun {
  return [exportOnce(which), exportOnce(which)].reduce((x, y) => (y.ms < x.ms ? y : x));
}

const mb = (bytes: number, digits = 0) => `${(bytes / 1024 / 1024).toFixed(digits)} MB`;

/** The results table's first render (virtual vs plain) and CSV/XLSX export time and memory. */
export async function benchResults(): Promise<string> {
  const listings = benchListings(ROWS);
  const sorted = sortListings(listings, { key: 'price', dir: 'asc' });
  const virtual = firstRender(
    () =>
      h(VirtualTable, {
        listings: sorted,
        columns,
        sort: { key: 'price', dir: 'asc' },
        onSort: () => {},
        initialHeight: 640,
      }),
    7,
  );
  const plain = firstRender(() => h(PlainTable, { listings: sorted, columns }), 3);
  const sortStart = performance.now();
  for (let i = 0; i < 5; i++)
    sortListings(filterListings(listings, { ...NO_FILTER, text: 'تهران' }), {
      key: 'date',
      dir: 'desc',
    });
  const sortMs = (performance.now() - sortStart) / 5;
  const cases = ['csv', 'csv-baseline', 'xlsx', 'xlsx-baseline', 'xlsx-sheetjs'].map(
    (which) => [which, exportRun(which)] as const,
  );
  const get = (which: string) => cases.find(([w]) => w === which)?.[1] as ExportRun;
  const row = (label: string, run: ExportRun, base: ExportRun) =>
    `| ${label} | ${run.ms.toFixed(0)} ms | ${(run.ms / base.ms).toFixed(2)} | ${mb(run.bytes, 1)} | ${mb(run.peakRss - run.rssBefore)} | ${mb(run.peakRss)} |`;
  return [
    `## Results page: first render of ${ROWS.toLocaleString('en-US')} rows, and exports of ${EXPORTED.toLocaleString('en-US')} listings`,
    '',
    'Rendered with Preact into a linkedom document (no layout; the scroll box is given 640 px),',
    `${columns.length} default columns, rows sorted by price. Best of several rounds after a warm-up.`,
    '',
    '| render | first render | ratio to plain | DOM elements |',
    '|---|---:|---:|---:|',
    `| baseline: plain \`<table>\`, every row | ${plain.ms.toFixed(0)} ms | 1.00 | ${plain.nodes.toLocaleString('en-US')} |`,
    `| \`VirtualTable\` (rows in view + overscan) | ${virtual.ms.toFixed(1)} ms | ${(virtual.ms / plain.ms).toFixed(4)} | ${virtual.nodes.toLocaleString('en-US')} |`,
    '',
    `Filter (text) + sort (date) of ${ROWS.toLocaleString('en-US')} listings: ${sortMs.toFixed(1)} ms.`,
    '',
    'Exports run each in a fresh Node process (faster of two runs); "added" is the peak resident',
    'memory minus the process before the export (listings already in memory).',
    '',
    '| export | time | ratio to baseline | file | added memory | peak RSS |',
    '|---|---:|---:|---:|---:|---:|',
    row(
      'baseline: values joined by commas (no BOM, quoting or formula guard)',
      get('csv-baseline'),
      get('csv-baseline'),
    ),
    row('`toCsv` (BOM, RFC 4180, neutralised)', get('csv'), get('csv-baseline')),
    row(
      'baseline: hand-written sheet XML + fflate zip (no styles, filter, panes)',
      get('xlsx-baseline'),
      get('xlsx-baseline'),
    ),
    row(
      '`toXlsxBlob` (streamed on fflate: RTL, frozen header, auto-filter, formats)',
      get('xlsx'),
      get('xlsx-baseline'),
    ),
    row(
      'baseline: SheetJS `xlsx` 0.18.5 used naively (json_to_sheet + write; no RTL or formats)',
      get('xlsx-sheetjs'),
      get('xlsx-sheetjs'),
    ),
    row('`toXlsxBlob` against SheetJS', get('xlsx'), get('xlsx-sheetjs')),
    '',
  ].join('\n');
}
