// Regenerates lib/divar/data/categories.json from the two category tables in
// scripts/data (see its SOURCES.md): every known API category slug as [slug, parentSlug, name].
// Run: npx tsx scripts/gen-categories.ts && npm run format
import { readFileSync, writeFileSync } from 'node:fs';
import { restoreZwnj } from './lib/zwnj.ts';

const dir = new URL('data/', import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const mcp: { slug: string; name: string; parent_slugs: string[] }[] = read(
  'categories.divar-mcp.json',
);
const amir: { slug: string; title: string; path: string }[] = read('categories.amirfabo.json');

const rows = new Map<string, [string, string, string]>();
for (const c of mcp) rows.set(c.slug, [c.slug, c.parent_slugs[0] ?? '', c.name]);
// amirfabo gives a Persian breadcrumb; its parent is the row whose path is the breadcrumb minus one.
const byPath = new Map(amir.map((c) => [c.path, c.slug]));
for (const c of amir) {
  if (rows.has(c.slug) || c.title.startsWith('همه')) continue;
  const parentPath = c.path.split('/').slice(0, -1).join('/');
  rows.set(c.slug, [c.slug, byPath.get(parentPath) ?? '', c.title]);
}
const sorted = [...rows.values()]
  .map(([slug, parent, name]) => [slug, parent, restoreZwnj(name)])
  .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
const target = new URL('../lib/divar/data/categories.json', import.meta.url);
writeFileSync(target, `[\n${sorted.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
console.log(`wrote ${sorted.length} categories to ${target.pathname}`);
