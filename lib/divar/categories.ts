import rows from './data/categories.json';

/** How sure we are that a URL path segment maps to an API category (NOTES §3.3). */
export type CategoryEvidence =
  | 'captured' // seen in real traffic or a map_place_hash
  | 'reported' // one scraper relies on it
  | 'analogy' // follows the verb-noun swap of the captured real-estate paths
  | 'identical' // the path is itself a known API slug
  | 'unverified'; // unknown path, passed through unchanged

/** A category as the API knows it, resolved from a URL path segment. */
export interface CategoryResolution {
  path: string;
  slug: string;
  evidence: CategoryEvidence;
  /** Persian name, when the slug is in the category tables. */
  name: string | undefined;
}

// URL path segment → API slug, with the evidence in NOTES §3.3 (2026-11, from captured URLs).
const PATHS: Record<string, [string, CategoryEvidence]> = {
  'real-estate': ['real-estate', 'captured'],
  'buy-residential': ['residential-sell', 'captured'],
  'buy-apartment': ['apartment-sell', 'captured'],
  'rent-residential': ['residential-rent', 'captured'],
  'rent-apartment': ['apartment-rent', 'captured'],
  'rent-villa': ['house-villa-rent', 'reported'],
  'buy-villa': ['house-villa-sell', 'analogy'],
  'rent-temporary': ['temporary-rent', 'analogy'],
  'rent-temporary-suite-apartment': ['suite-apartment', 'analogy'],
  'pre-sell-home': ['presell', 'analogy'],
  car: ['light', 'reported'],
  auto: ['cars', 'reported'],
};

const byslug = new Map(
  (rows as [string, string, string][]).map(([slug, parent, name]) => [slug, { parent, name }]),
);
const slugToPath = new Map(Object.entries(PATHS).map(([path, [slug]]) => [slug, path]));

/** Resolves a URL category segment to its API slug, saying how sure the mapping is. */
export function categoryFromPath(path: string): CategoryResolution {
  const known = PATHS[path];
  if (known) return { path, slug: known[0], evidence: known[1], name: byslug.get(known[0])?.name };
  const swapped = /^(buy|rent)-(.+)$/.exec(path);
  const candidate = swapped ? `${swapped[2]}-${swapped[1] === 'buy' ? 'sell' : 'rent'}` : undefined;
  if (candidate && byslug.has(candidate)) {
    return { path, slug: candidate, evidence: 'analogy', name: byslug.get(candidate)?.name };
  }
  const name = byslug.get(path)?.name;
  return { path, slug: path, evidence: name ? 'identical' : 'unverified', name };
}

/** The URL path segment that stands for an API category slug (the reverse of categoryFromPath). */
export function pathOfCategory(slug: string): string {
  return slugToPath.get(slug) ?? slug;
}

/** A category's Persian name and parent, from divar's category table. */
export function categoryBySlug(slug: string): { parent: string; name: string } | undefined {
  return byslug.get(slug);
}

/** The API category slugs from `slug` up to its top-level ancestor. */
export function categoryLineage(slug: string): string[] {
  const lineage: string[] = [];
  for (
    let at: string | undefined = slug;
    at && !lineage.includes(at);
    at = byslug.get(at)?.parent
  ) {
    lineage.push(at);
  }
  return lineage;
}
