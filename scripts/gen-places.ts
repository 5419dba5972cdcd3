// Regenerates lib/divar/data/places.txt from scripts/data/places.amirfabo.json (see SOURCES.md):
// every Iranian province, city and district, one a line, as id|parentId|slug|secondSlug|name.
// Plain text, not JSON: the worker bundles it as one string and splits it on first use only.
// Run: npx tsx scripts/gen-places.ts
import { writeFileSync } from 'node:fs';
import { type RawPlace, readPlaceTable } from './lib/place-table.ts';
import { restoreZwnj } from './lib/zwnj.ts';

const IRAN = 715;
const raw = readPlaceTable();
const byId = new Map(raw.map((p) => [p.id, p]));
const isUnderIran = (p: RawPlace): boolean => {
  for (
    let at: RawPlace | undefined = p;
    at;
    at = at.parent === null ? undefined : byId.get(at.parent)
  ) {
    if (at.id === IRAN) return true;
  }
  return false;
};
const rows = raw
  .filter(isUnderIran)
  .sort((a, b) => a.id - b.id)
  .map((p) => [
    p.id,
    p.parent ?? 0,
    p.slug,
    p.second_slug ?? '',
    restoreZwnj(p.name.normalize('NFC')),
  ]);
for (const row of rows) {
  if (row.some((field) => /[|\n]/.test(String(field)))) throw new Error(`| or a newline in ${row}`);
}
const target = new URL('../lib/divar/data/places.txt', import.meta.url);
writeFileSync(target, `${rows.map((r) => r.join('|')).join('\n')}\n`);
console.log(`wrote ${rows.length} places to ${target.pathname}`);
