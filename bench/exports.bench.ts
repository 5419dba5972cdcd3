// Export formats for 50,000 listings: CSV against Parquet (time, size, memory) and the streamed
// XLSX writer against write-excel-file (today's writer before the stream), each run in a fresh
// Node process (bench/export-worker.ts), median of RUNS with the spread. Runnable alone:
// `npx tsx bench/exports.bench.ts`.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Listings per export. */
export const LISTINGS = 50_000;
const RUNS = 7;

/** One export's figures, as bench/export-worker.ts prints them. */
export interface ExportRun {
  ms: number;
  bytes: number;
  rssBefore: number;
  peakRss: number;
}

/** One export of LISTINGS listings in a fresh Node process, so its peak memory is its own. */
export function exportOnce(which: string): ExportRun {
  const worker = fileURLToPath(new URL('./export-worker.ts', import.meta.url));
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', worker, which, String(LISTINGS)],
    { encoding: 'utf8' },
  );
  return JSON.parse(out.trim()) as ExportRun;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const mb = (bytes: number, digits = 0) => `${(bytes / 1024 / 1024).toFixed(digits)} MB`;

interface Figures {
  ms: number;
  msMin: number;
  msMax: number;
  bytes: number;
  added: number;
  addedMin: number;
  addedMax: number;
}

function measure(which: string): Figures {
  const runs = Array.from({ length: RUNS }, () => exportOnce(which));
  const times = runs.map((r) => r.ms);
  const added = runs.map((r) => r.peakRss - r.rssBefore);
  return {
    ms: median(times),
    msMin: Math.min(...times),
    msMax: Math.max(...times),
    bytes: runs[0]?.bytes ?? 0,
    added: median(added),
    addedMin: Math.min(...added),
    addedMax: Math.max(...added),
  };
}

/** The export formats section of BENCHMARKS.md. */
export function benchExports(): string {
  const cases = ['csv', 'parquet', 'xlsx-write-excel-file', 'xlsx'] as const;
  const got = Object.fromEntries(cases.map((c) => [c, measure(c)])) as Record<
    (typeof cases)[number],
    Figures
  >;
  const row = (label: string, f: Figures, base: Figures) =>
    `| ${label} | ${f.ms.toFixed(0)} ms (${f.msMin.toFixed(0)}–${f.msMax.toFixed(0)}) | ${(f.ms / base.ms).toFixed(2)} | ${mb(f.bytes, 2)} | ${(f.bytes / base.bytes).toFixed(3)} | ${mb(f.added)} (${mb(f.addedMin)}–${mb(f.addedMax)}) |`;
  return [
    `## Export formats: ${LISTINGS.toLocaleString('en-US')} listings (median of ${RUNS} fresh processes, spread in brackets)`,
    '',
    '"Added memory" is the peak resident memory minus the process before the export (listings',
    "already in memory). In the extension these run in the results page's export Worker.",
    '',
    '| export | time | time ratio | file | size ratio | added memory |',
    '|---|---:|---:|---:|---:|---:|',
    row('baseline: CSV (`toCsv`)', got.csv, got.csv),
    row(
      'Parquet (`writeParquet`, hyparquet-writer, Snappy, row groups of 5,000)',
      got.parquet,
      got.csv,
    ),
    row(
      'baseline: XLSX through write-excel-file (every cell built, one sheet string)',
      got['xlsx-write-excel-file'],
      got['xlsx-write-excel-file'],
    ),
    row(
      'XLSX streamed (`writeXlsx`, fflate Zip, batches of 2,000 rows)',
      got.xlsx,
      got['xlsx-write-excel-file'],
    ),
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(benchExports());
