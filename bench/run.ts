// `npm run bench`: runs every benchmark in this process and rewrites BENCHMARKS.md.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchBrowser } from './browser.bench';
import { measureBudgets, withReferences } from './budgets';
import { benchCrawl } from './crawl.bench';
import { benchExports } from './exports.bench';
import { benchHistory } from './history.bench';
import { benchHistoryBadges } from './history-badges.bench';
import { benchKnownTokens } from './known-tokens.bench';
import { benchSearchUrl } from './search-url.bench';
import { benchStartup } from './startup.bench';
import { benchStorage } from './storage.bench';

const header = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version},`,
  `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}. Every figure is a ratio against a baseline run in`,
  'the same process, so machines compare; absolute rates are for orientation only.',
  '',
].join('\n');

/** Every budgeted file's size beside its budget and the reason for it. */
function sizesSection(): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows = measureBudgets(new URL('..', import.meta.url).pathname).map(
    ({ budget, bytes }) =>
      `| ${budget.name} | ${bytes === undefined ? 'not built' : kb(bytes)} | ${kb(budget.maxBytes)} | ${bytes === undefined ? '' : `${Math.round((bytes / budget.maxBytes) * 100)}%`} | ${budget.reason} |`,
  );
  return [
    '## Sizes (enforced by `npm run budgets` in CI)',
    '',
    '| what | bytes | budget | used | why this budget |',
    '|---|---:|---:|---:|---|',
    ...rows,
    '',
    '### Every entrypoint (Chrome build, each page with every file it loads)',
    '',
    '| entrypoint | bytes |',
    '|---|---:|',
    ...entrypointRows(kb),
    '',
  ].join('\n');
}

function entrypointRows(kb: (n: number) => string): string[] {
  const dir = new URL('../.output/chrome-mv3/', import.meta.url).pathname;
  const size = (files: string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0);
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
  return [
    `| background.js | ${kb(size([`${dir}background.js`]))} |`,
    `| content-scripts/divar.js | ${kb(size([`${dir}content-scripts/divar.js`]))} |`,
    ...pages.map((page) => `| ${page} | ${kb(size(withReferences(`${dir}${page}`)))} |`),
  ];
}

const sections = [
  benchSearchUrl(),
  await benchCrawl(),
  await benchStorage(),
  await benchKnownTokens(),
  await benchHistory(),
  await benchHistoryBadges(),
  await benchBrowser(),
  await benchStartup(),
  await (await import('./results-render.bench')).benchResults(),
  benchExports(),
  sizesSection(),
];
const text = `${header}\n${sections.join('\n')}`;
writeFileSync(new URL('../BENCHMARKS.md', import.meta.url), text);
console.log(text);
