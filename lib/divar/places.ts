// The table is one string, split on first use: a worker start that never names a place skips it.
import { placesTable } from './data/places-table-source';
import { slugWords } from './slug-words';

/** A divar place: the whole country, a province, a city or a district (one id space). */
export interface Place {
  id: number;
  parentId: number;
  slug: string;
  /** The alternative URL slug some places have (the site accepts either). */
  secondSlug: string | undefined;
  name: string;
  level: 'country' | 'province' | 'city' | 'district';
}

/** The place id of "all Iran" (`/s/iran/…`). */
export const IRAN_PLACE_ID = 715;

function buildIndex() {
  const byId = new Map<number, Place>();
  for (const line of placesTable().split('\n')) {
    const [id, parentId, slug = '', second, name = ''] = line.split('|');
    if (!id) continue;
    const place: Place = {
      id: Number(id),
      parentId: Number(parentId),
      slug,
      name,
      level: 'district',
      secondSlug: second || undefined,
    };
    byId.set(place.id, place);
  }
  byId.set(IRAN_PLACE_ID, {
    id: IRAN_PLACE_ID,
    parentId: 0,
    slug: 'iran',
    secondSlug: undefined,
    name: 'کل ایران',
    level: 'country',
  });
  const levelOf = (p: Place): Place['level'] => {
    if (p.id === IRAN_PLACE_ID) return 'country';
    if (p.parentId === IRAN_PLACE_ID) return 'province';
    return byId.get(p.parentId)?.parentId === IRAN_PLACE_ID ? 'city' : 'district';
  };
  const bySlug = new Map<string, Place>();
  const districtsBySlug = new Map<string, Place>();
  for (const place of byId.values()) {
    place.level = levelOf(place);
    for (const slug of [place.slug, place.secondSlug]) {
      if (!slug) continue;
      if (place.level === 'district') districtsBySlug.set(`${place.parentId}/${slug}`, place);
      else if (!bySlug.has(slug)) bySlug.set(slug, place);
    }
  }
  return { byId, bySlug, districtsBySlug };
}

let index: ReturnType<typeof buildIndex> | undefined;
const places = () => (index ??= buildIndex());

/** The place with this id, if divar has it. */
export function placeById(id: number | string): Place | undefined {
  return places().byId.get(Number(id));
}

// Spellings seen in other sources for the same city (NOTES §3.4: yasuj vs yasouj).
const SLUG_ALIASES: Record<string, string> = { yasouj: 'yasuj' };

/** The country, province or city a `/s/<slug>` path names (either slug spelling). */
export function placeBySlug(slug: string): Place | undefined {
  const key = slug.toLowerCase();
  return places().bySlug.get(SLUG_ALIASES[key] ?? key);
}

/** The district with this URL slug in one of the given cities. */
export function districtBySlug(
  slug: string,
  cityIds: readonly (number | string)[],
): Place | undefined {
  const key = slug.toLowerCase();
  for (const cityId of cityIds) {
    const found = places().districtsBySlug.get(`${cityId}/${key}`);
    if (found) return found;
  }
  return undefined;
}

/** A place by the name people use: divar's Persian name, or its slug as English words. */
export function placeName(place: Place, lang: 'fa' | 'en'): string {
  return lang === 'fa' ? place.name : slugWords(place.slug === 'iran' ? 'all-iran' : place.slug);
}

/** The name of the place with this id, or undefined when divar's table has no such place. */
export function placeNameById(id: number | string, lang: 'fa' | 'en'): string | undefined {
  const place = placeById(id);
  return place ? placeName(place, lang) : undefined;
}
