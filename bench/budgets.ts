import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One size budget: which built files it covers, its limit in bytes, and why that limit. */
export interface Budget {
  name: string;
  /** Files relative to the project root; a trailing `*` matches a prefix. */
  files: string[];
  maxBytes: number;
  reason: string;
}

const KB = 1024;

/** Every size budget CI enforces (bytes, not times: exact on any machine). */
export const BUDGETS: Budget[] = [
  {
    name: 'content script',
    files: ['.output/chrome-mv3/content-scripts/divar.js'],
    maxBytes: 40 * KB,
    reason: 'runs on every divar.ir page: no zod, no tables, only page kind + page state reading',
  },
  {
    name: 'background service worker',
    files: ['.output/chrome-mv3/background.js'],
    maxBytes: 520 * KB,
    reason:
      'compiled at every worker start (MV3 stops idle workers): zod, normalisers, clients, in ASCII (a Persian letter is a 6-byte escape, compiled faster than one two-byte file); the places table loads on first use',
  },
  {
    name: 'popup (the page and every file it loads)',
    files: ['.output/chrome-mv3/popup.html'],
    maxBytes: 150 * KB,
    reason:
      'opened on every toolbar click: what loads before the first paint (header, "Loading", styles, i18n); every panel, the places table and zod load by import() when shown',
  },

  {
    name: 'Chrome store zip',
    files: ['.output/*-chrome.zip'],
    maxBytes: 1200 * KB,
    reason: 'a download users wait for; fonts and tables compress well',
  },
  {
    name: 'Firefox store zip',
    files: ['.output/*-firefox.zip'],
    maxBytes: 1200 * KB,
    reason: 'same as Chrome',
  },
];

/** An HTML entrypoint plus every script and stylesheet it loads (Vite lists them all in the page). */
export function withReferences(htmlFile: string): string[] {
  const dir = htmlFile.slice(0, htmlFile.lastIndexOf('/'));
  const html = readFileSync(htmlFile, 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) =>
    join(dir, m[1] ?? ''),
  );
  return [htmlFile, ...new Set(refs)];
}

function matching(root: string, pattern: string): string[] {
  const slash = pattern.lastIndexOf('/');
  const dir = join(root, pattern.slice(0, slash));
  const name = pattern.slice(slash + 1);
  const [prefix = '', suffix = ''] = name.split('*');
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const hits = name.includes('*')
    ? entries.filter((e) => e.startsWith(prefix) && e.endsWith(suffix))
    : entries.filter((e) => e === name);
  return hits.map((e) => join(dir, e));
}

/** The measured size of each budget's files (undefined when a file is missing). */
export function measureBudgets(
  root: string,
  budgets: Budget[] = BUDGETS,
): { budget: Budget; bytes: number | undefined }[] {
  return budgets.map((budget) => {
    const files = budget.files
      .flatMap((f) => matching(root, f))
      .flatMap((f) => (f.endsWith('.html') ? withReferences(f) : [f]));
    const bytes =
      files.length === 0 ? undefined : files.reduce((sum, f) => sum + statSync(f).size, 0);
    return { budget, bytes };
  });
}

/** One line per budget, and whether every budget holds (a missing file fails too). */
export function judgeBudgets(measured: { budget: Budget; bytes: number | undefined }[]) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = measured.map(({ budget, bytes }) => {
    if (bytes === undefined)
      return { ok: false, text: `✗ ${budget.name}: no file matches ${budget.files.join(', ')}` };
    if (bytes > budget.maxBytes) {
      return {
        ok: false,
        text: `✗ ${budget.name}: ${kb(bytes)} is over its ${kb(budget.maxBytes)} budget (${budget.reason})`,
      };
    }
    return { ok: true, text: `✓ ${budget.name}: ${kb(bytes)} of ${kb(budget.maxBytes)}` };
  });
  return { ok: lines.every((l) => l.ok), lines: lines.map((l) => l.text) };
}
