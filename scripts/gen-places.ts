// Regenerates lib/divar/data/places.json from scripts/data/places.amirfabo.json (see SOURCES.md):
// every Iranian province, city and district as [id, parentId, slug, secondSlug, name].
// Run: npx tsx scripts/gen-places.ts && npm run format
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
const target = new URL('../lib/divar/data/places.json', import.meta.url);
writeFileSync(target, `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
console.log(`wrote ${rows.length} places to ${target.pathname}`);
