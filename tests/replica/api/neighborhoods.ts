/**
 * The `I_NEIGHBORHOOD_ROW` of the filters page (NOTES §3.4): the districts of the requested cities
 * that the corpus has listings in, as `{title, value (place id), search_keywords, search_keys,
 * hint?}` options sorted by Persian name. `hint` (the city name) is only set when several cities
 * were asked for.
 */
import type { Corpus } from '../corpus/types.ts';
import { findCity } from '../data/place-lookup.ts';
import { DISTRICTS } from '../data/places.ts';

/** One neighbourhood option. */
export interface NeighborhoodOption {
  title: string;
  value: string;
  hint?: string;
  search_keywords: string;
  search_keys: string[];
}

/** The options for these city ids (cities only; provinces already expanded). */
export function neighborhoodOptions(cityIds: readonly number[], corpus: Corpus) {
  const used = new Set(corpus.listings.map((listing) => listing.districtId));
  const districts = DISTRICTS.filter((d) => cityIds.includes(d.cityId) && used.has(d.id));
  return districts
    .map((district): NeighborhoodOption => {
      const keys = [
        district.name,
        district.slug,
        ...(district.secondSlug ? [district.secondSlug] : []),
      ];
      return {
        title: district.name,
        value: String(district.id),
        ...(cityIds.length > 1 ? { hint: findCity(district.cityId)?.name ?? '' } : {}),
        search_keywords: keys.join('، '),
        search_keys: keys,
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title, 'fa') || a.value.localeCompare(b.value));
}

/** The widget, or undefined when no city was given (no district list without a city). */
export function neighborhoodRow(cityIds: readonly number[], corpus: Corpus) {
  if (cityIds.length === 0) return undefined;
  return {
    widget_type: 'I_NEIGHBORHOOD_ROW',
    uid: 'filter_districts',
    data: {
      '@type': 'type.googleapis.com/widgets.INeighborhoodRowData',
      title: 'محله',
      field: { key: 'districts', wrapper: 'repeated_string' },
      neighborhoods: { options: neighborhoodOptions(cityIds, corpus) },
    },
  };
}
