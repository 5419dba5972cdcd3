/**
 * Whether the result cards of a search page may be compared with each other. The content script
 * carries no category table, so it goes by the URL: a category below divar's top-level ones (the
 * roots of lib/divar/data/categories.json, checked by a unit test) in one city. A search of every
 * category, a top-level one (jobs, books and birds together) or several cities compares nothing.
 */
export const TOP_LEVEL_CATEGORIES: ReadonlySet<string> = new Set([
  'community',
  'electronic-devices',
  'home-kitchen',
  'jobs',
  'leisure-hobbies',
  'personal',
  'real-estate',
  'services',
  'tools-materials-equipment',
  'vehicles',
]);

/** Whether the cards of the search page at `href` share one category and one city. */
export function cardsComparable(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  const [s, city, category] = url.pathname.split('/').filter(Boolean);
  if (s !== 's' || !city || !category || category === 'list') return false;
  if (city === 'iran' || city.endsWith('-province')) return false;
  if ((url.searchParams.get('cities') ?? '').split(',').filter(Boolean).length > 1) return false;
  return !TOP_LEVEL_CATEGORIES.has(decodeURIComponent(category));
}
