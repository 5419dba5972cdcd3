import type { FormData } from './form-data';
import { splitList } from './param-values';
import type { SearchNote } from './search-query';

/** What a `map_place_hash` says: `<city ids>|<district ids>|<API category>|…`. */
export interface MapPlaceHash {
  cityIds: string[];
  districtIds: string[];
  category: string | undefined;
}

/** Reads a `map_place_hash` value (NOTES §3.2). */
export function parseMapPlaceHash(raw: string): MapPlaceHash {
  const [cities = '', districts = '', category = ''] = raw.split('|');
  return {
    cityIds: splitList(cities),
    districtIds: splitList(districts),
    category: category || undefined,
  };
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * Compares the URL's map_place_hash with what the rest of the URL resolved to. A difference is a
 * note, not an error: the hash can be stale after the user changed category (seen in urls.txt).
 */
export function checkMapPlaceHash(
  raw: string,
  cityIds: string[],
  formData: FormData,
): SearchNote[] {
  const hash = parseMapPlaceHash(raw);
  const districts =
    (formData.districts as { repeated_string?: { value: string[] } } | undefined)?.repeated_string
      ?.value ?? [];
  const category = (formData.category as { str?: { value: string } } | undefined)?.str?.value;
  const differences: string[] = [];
  if (hash.cityIds.length > 0 && !sameSet(hash.cityIds, cityIds))
    differences.push(`cities ${hash.cityIds.join(',')}`);
  if (hash.districtIds.length > 0 && !sameSet(hash.districtIds, districts)) {
    differences.push(`districts ${hash.districtIds.join(',')}`);
  }
  if (hash.category && category && hash.category !== category)
    differences.push(`category ${hash.category}`);
  if (differences.length === 0) return [];
  return [
    {
      kind: 'map-hash-mismatch',
      param: 'map_place_hash',
      value: raw,
      detail: `map_place_hash says ${differences.join('; ')}`,
    },
  ];
}
