import type { CategoryResolution } from './categories';
import type { FormData } from './form-data';

/** Something the parser could not confirm or chose to skip; shown to users, never silent. */
export interface SearchNote {
  kind:
    | 'unverified-category' // the path→API category mapping is a guess (CategoryEvidence)
    | 'unverified-param' // the wrapper of a known parameter is reported/assumed, not captured
    | 'inferred-param' // an unknown parameter, sent with a guessed wrapper
    | 'ignored-param' // not a filter (map state, paging) or a value that means "no filter"
    | 'unresolved-sub-path' // a path segment that is neither a known district nor a brand/model
    | 'unverified-brand-model' // brand_model built from car/mobile path segments
    | 'map-hash-mismatch' // map_place_hash disagrees with the URL's city, districts or category
    | 'city-override' // `cities=` replaced the path city
    | 'unverified-place'; // a place whose city_ids form is not captured (`iran`: whole country)
  param?: string;
  value?: string;
  detail: string;
}

/** A divar.ir search URL, read into the parts of the web API request it stands for. */
export interface SearchQuery {
  /** The city path segment as written (`tehran`, `isfahan-province`, `iran`). */
  citySlug: string;
  /** `city_ids`: from the path slug, or from `cities=` when present. */
  cityIds: string[];
  /** Whether `cities=` was given (it overrides the path city). */
  hasCitiesParam: boolean;
  category: CategoryResolution | undefined;
  /** Path segments after the category, as written (district slug, brand/model/trim). */
  subPath: string[];
  /** The keyword of an SEO landing page `/s/<city>/list/<keyword>`, read as a text search. */
  keyword: string | undefined;
  /** The district the first sub-path segment names, when it is one. */
  pathDistrict: { slug: string; id: string } | undefined;
  /** Whether `brand_model` in formData came from the path rather than a parameter. */
  brandModelFromPath: boolean;
  /** `search_data.form_data.data`, category and districts included. */
  formData: FormData;
  /** `q`: free text, sent as `search_data.query`. */
  query: string | undefined;
  /** `sort`: sent in `server_payload.additional_form_data`. */
  sort: string | undefined;
  /** `map_bbox` as [minLon, minLat, maxLon, maxLat]: the map camera, not a filter. */
  mapBbox: number[] | undefined;
  notes: SearchNote[];
}

/** Why a URL could not become a search request; names the parameter and value at fault. */
export interface SearchUrlError {
  kind: 'not-divar-search' | 'unknown-city' | 'bad-value';
  param?: string;
  value?: string;
  message: string;
}

/** The outcome of reading a search URL: a query, or every reason it cannot be sent. */
export type SearchUrlResult =
  | { ok: true; query: SearchQuery }
  | { ok: false; errors: SearchUrlError[] };
