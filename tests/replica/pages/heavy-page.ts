/**
 * A search page that weighs like divar's own (fault knob `heavyPages`, for the bench): ten pages of
 * cards (about 240) and an inline script of about 3 MB that parses its data and works on the main
 * thread at load, as divar's React bundle does when it hydrates.
 */
import { encodeCursor } from '../api/search-cursor.ts';
import { runSearch } from '../api/search-engine.ts';
import type { SearchQuery } from '../api/search-request.ts';
import { buildSearchResponse } from '../api/search-response.ts';
import type { ReplicaState } from '../server/state.ts';

/** Pages of results a heavy page shows at once. */
export const HEAVY_PAGES = 10;
const RECORDS = 22_000;

let script: string | undefined;

// Deterministic data (no RNG): ~3 MB of object literals the engine must parse and compile.
function heavyScript(): string {
  if (script) return script;
  const records: string[] = [];
  for (let i = 0; i < RECORDS; i += 1) {
    records.push(
      `{id:${i},slug:"post-${(i * 7919).toString(36)}",title:"آپارتمان ${i % 300} متری در محله ${i % 97}",price:${(i * 104729) % 9_000_000_000},tags:["a${i % 13}","b${i % 17}"],seen:${i % 2 === 0}}`,
    );
  }
  script = `(function () {
  var data = [${records.join(',\n')}];
  var byId = {};
  for (var i = 0; i < data.length; i++) byId[data[i].id] = data[i];
  data.sort(function (a, b) { return a.price - b.price || a.id - b.id; });
  var size = 0;
  for (var j = 0; j < data.length; j++) size += JSON.stringify(data[j]).length;
  var cards = document.querySelectorAll('article.unsafe-kt-post-card');
  for (var k = 0; k < cards.length; k++) {
    cards[k].addEventListener('mouseenter', function () {});
    cards[k].setAttribute('data-hydrated', String(size % 97));
  }
  window.__replicaHeavy = { records: data.length, size: size, cards: cards.length, byId: byId };
})();`;
  return script;
}

/** The list widgets of the first HEAVY_PAGES pages of a search, and the heavy script. */
export function heavyExtras(query: SearchQuery, state: ReplicaState) {
  const widgets: Record<string, unknown>[] = [];
  let page = runSearch(query, state);
  for (let number = 1; number <= HEAVY_PAGES; number += 1) {
    const response = buildSearchResponse(query, page, state) as { list_widgets?: [] };
    widgets.push(...(response.list_widgets ?? []));
    if (!page.hasNextPage) break;
    query = { ...query, cursor: encodeCursor(page.cursor) };
    page = runSearch(query, state);
  }
  return { widgets, script: heavyScript() };
}
