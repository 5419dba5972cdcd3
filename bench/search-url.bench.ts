import { statSync } from 'node:fs';
import { toSearchBody } from '../lib/divar/search-body';
import { parseSearchUrl } from '../lib/divar/search-url';
import { referenceUrls } from '../tests/fixtures/files.ts';
import { formatRate, opsPerSecond } from './measure';

const urls = referenceUrls('https://divar.ir/s/');

/** Baseline: what any URL reader must do anyway (WHATWG URL parse + walk every parameter). */
function baseline(url: string) {
  const parsed = new URL(url);
  let n = 0;
  for (const [key, value] of parsed.searchParams) n += key.length + value.length;
  return n + parsed.pathname.split('/').length;
}

const queries = urls.map((url) => {
  const result = parseSearchUrl(url);
  if (!result.ok) throw new Error(`reference URL does not parse: ${url}`);
  return result.query;
});

/** Measures URL parsing and body building over the reference URL corpus, and the content script size. */
export function benchSearchUrl(): string {
  const base = opsPerSecond(urls, baseline);
  const parse = opsPerSecond(urls, parseSearchUrl);
  const body = opsPerSecond(queries, (query) => toSearchBody(query));
  const both = opsPerSecond(urls, (url) => {
    const result = parseSearchUrl(url);
    return result.ok ? toSearchBody(result.query) : undefined;
  });
  const contentScript = new URL('../.output/chrome-mv3/content-scripts/divar.js', import.meta.url);
  const size = (() => {
    try {
      return statSync(contentScript).size;
    } catch {
      return undefined;
    }
  })();
  return [
    `## Search URL → request (${urls.length} reference search URLs, best of 7 rounds)`,
    '',
    '| work | per second | ratio to baseline |',
    '|---|---:|---:|',
    `| baseline: \`new URL\` + walk the parameters | ${formatRate(base)} | 1.00 |`,
    `| \`parseSearchUrl\` | ${formatRate(parse)} | ${(parse / base).toFixed(2)} |`,
    `| \`toSearchBody\` (from a parsed query) | ${formatRate(body)} | ${(body / base).toFixed(2)} |`,
    `| URL → body, both steps | ${formatRate(both)} | ${(both / base).toFixed(2)} |`,
    '',
    size === undefined
      ? 'Content script size: not measured (run `npm run build` first).'
      : `Content script (\`.output/chrome-mv3/content-scripts/divar.js\`, minified): ${(size / 1024).toFixed(1)} KB of a 40 KB budget.`,
    '',
  ].join('\n');
}
