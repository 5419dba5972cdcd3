import { type CategoryResolution, categoryFromPath, categoryLineage } from './categories';
import { districtBySlug, placeBySlug } from './places';
import type { SearchNote, SearchUrlError } from './search-query';

/** What the path of `/s/<city>/<category>/<sub-path…>` resolves to. */
export interface PathParts {
  cityIds: string[] | undefined;
  category: CategoryResolution | undefined;
  pathDistrict: { slug: string; id: string } | undefined;
  brandModel: string | undefined;
}

// Categories whose sub-paths are brand/model/trim (NOTES §3.1): cars and phones/tablets.
const BRAND_ROOTS = ['cars', 'mobile-phones', 'tablet'];

/** Resolves city, category and sub-path of a search URL, adding notes and errors as it goes. */
export function resolvePath(
  citySlug: string,
  categoryPath: string | undefined,
  subPath: string[],
  extraCityIds: readonly string[],
  notes: SearchNote[],
  errors: SearchUrlError[],
): PathParts {
  const place = placeBySlug(citySlug);
  if (!place && extraCityIds.length === 0) {
    errors.push({
      kind: 'unknown-city',
      value: citySlug,
      message: `unknown city slug "${citySlug}"`,
    });
  }
  if (place?.level === 'country' && extraCityIds.length === 0) {
    notes.push({
      kind: 'unverified-place',
      value: citySlug,
      detail: `whole-country search sent as city_ids ["${place.id}"]; not seen in a capture`,
    });
  }
  const category = categoryPath ? categoryFromPath(categoryPath) : undefined;
  if (category && category.evidence !== 'captured' && category.evidence !== 'identical') {
    notes.push({
      kind: 'unverified-category',
      value: category.path,
      detail: `URL category "${category.path}" sent as "${category.slug}" (${category.evidence})`,
    });
  }
  const parts: PathParts = {
    cityIds: place ? [String(place.id)] : undefined,
    category,
    pathDistrict: undefined,
    brandModel: undefined,
  };
  const [first] = subPath;
  if (first === undefined) return parts;
  const district = districtBySlug(first, [...(place ? [place.id] : []), ...extraCityIds]);
  const lineage = category ? categoryLineage(category.slug) : [];
  if (district && subPath.length === 1) {
    parts.pathDistrict = { slug: first, id: String(district.id) };
  } else if (lineage.some((slug) => BRAND_ROOTS.includes(slug))) {
    parts.brandModel = subPath.join(' ');
    notes.push({
      kind: 'unverified-brand-model',
      value: subPath.join('/'),
      detail: `brand_model "${parts.brandModel}" built from the path; divar's own value may differ`,
    });
  } else {
    notes.push({
      kind: 'unresolved-sub-path',
      value: subPath.join('/'),
      detail: `path "${subPath.join('/')}" is not a known district of this city; not sent`,
    });
  }
  return parts;
}
