import { repeatedString, str } from './form-data';
import { isDivarPageUrl, pathSegments, toUrl } from './hosts';
import { checkMapPlaceHash } from './map-place-hash';
import { readBbox, splitList } from './param-values';
import { readFilterParams } from './search-filters';
import { resolvePath } from './search-path';
import type { SearchNote, SearchUrlError, SearchUrlResult } from './search-query';
import { toAsciiDigits } from './text';

/** The search text an SEO keyword slug stands for (`jobs-company-secretary` → words). */
export function keywordText(slug: string): string {
  return slug.replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
}

const notSearch = (message: string): SearchUrlResult => ({
  ok: false,
  errors: [{ kind: 'not-divar-search', message }],
});

function readCities(raw: string | null, errors: SearchUrlError[]): string[] {
  if (raw === null) return [];
  const ids = splitList(toAsciiDigits(raw));
  if (ids.length === 0 || ids.some((id) => !/^\d+$/.test(id))) {
    errors.push({
      kind: 'bad-value',
      param: 'cities',
      value: raw,
      message: 'cities must be place ids',
    });
    return [];
  }
  return ids;
}

/**
 * Reads a divar.ir search URL into the SearchQuery it stands for (NOTES §3). Never throws:
 * anything that is not a search URL, or that has a part we cannot send safely, is an error.
 * Examples: tests/unit/divar/search-url.test.ts.
 */
export function parseSearchUrl(input: string | URL): SearchUrlResult {
  const url = toUrl(input);
  if (!url || !isDivarPageUrl(url)) return notSearch('not a divar.ir URL');
  const [root, citySlug, categoryPath, ...rest] = pathSegments(url);
  if (root !== 's' || !citySlug) return notSearch('not a divar.ir search page (/s/<city>/…)');
  const params = url.searchParams;
  const notes: SearchNote[] = [];
  const errors: SearchUrlError[] = [];
  const isKeywordPage = categoryPath === 'list';
  const citiesParam = readCities(params.get('cities'), errors);
  const subPath = isKeywordPage ? [] : rest;
  const path = resolvePath(
    citySlug,
    isKeywordPage ? undefined : categoryPath,
    subPath,
    citiesParam,
    notes,
    errors,
  );
  if (citiesParam.length > 0 && path.cityIds?.join() !== citiesParam.join()) {
    notes.push({
      kind: 'city-override',
      param: 'cities',
      value: citiesParam.join(','),
      detail: 'cities= replaces the path city',
    });
  }
  const { formData, pathDistrictUsed } = readFilterParams(
    params,
    path.pathDistrict?.id,
    notes,
    errors,
  );
  if (path.category) formData.category = str(path.category.slug);
  if (path.brandModel && !formData.brand_model)
    formData.brand_model = repeatedString([path.brandModel]);
  const cityIds = citiesParam.length > 0 ? citiesParam : (path.cityIds ?? []);
  const keywordSlug = isKeywordPage
    ? rest
        .map((part) => part.trim())
        .filter(Boolean)
        .join('-')
    : '';
  const keyword = keywordText(keywordSlug);
  if (isKeywordPage) {
    notes.push({
      kind: 'unverified-category',
      value: rest.join('/'),
      detail: 'SEO keyword page read as a text search',
    });
  }
  const query = params.get('q')?.trim() || keyword || undefined;
  const mapBboxRaw = params.get('map_bbox');
  const mapBbox = mapBboxRaw === null ? undefined : readBbox(mapBboxRaw);
  const hash = params.get('map_place_hash');
  if (hash !== null) notes.push(...checkMapPlaceHash(hash, cityIds, formData));
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    query: {
      citySlug,
      cityIds,
      hasCitiesParam: citiesParam.length > 0,
      category: path.category,
      subPath,
      keyword: keywordSlug || undefined,
      pathDistrict: pathDistrictUsed ? path.pathDistrict : undefined,
      brandModelFromPath:
        path.brandModel !== undefined &&
        formData.brand_model !== undefined &&
        !params.has('brand_model'),
      formData,
      query,
      sort: params.get('sort')?.trim() || undefined,
      mapBbox,
      notes,
    },
  };
}
