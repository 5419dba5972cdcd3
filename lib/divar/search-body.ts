import type { FormData } from './form-data';
import type { SearchQuery } from './search-query';

/** The cursor divar returns as `pagination.data`, echoed back unchanged for the next page. */
export type PaginationCursor = Record<string, unknown>;

/** The JSON body of `POST /v8/postlist/w/search`, in the shape the browser sends. */
export interface SearchBody {
  city_ids: string[];
  source_view: string;
  pagination_data?: PaginationCursor;
  disable_recommendation: boolean;
  map_state: { camera_info: { bbox: Record<string, number> } };
  search_data: {
    form_data: { data: FormData };
    server_payload?: {
      '@type': 'type.googleapis.com/widgets.SearchData.ServerPayload';
      additional_form_data: { data: { sort: { str: { value: string } } } };
    };
    query?: string;
  };
  user_selected_location: { places: { place_id: string }[] };
  previous_user_selected_location: { places: { place_id: string }[] };
}

function cameraBbox(bbox: number[] | undefined): Record<string, number> {
  if (!bbox) return {};
  const [min_longitude = 0, min_latitude = 0, max_longitude = 0, max_latitude = 0] = bbox;
  return { min_longitude, min_latitude, max_longitude, max_latitude };
}

/**
 * Builds the search request body for a query, key for key as in the captured browser request
 * (samples/search_request_apartment-sell_page2.json); `cursor` is the previous page's
 * `pagination.data`, omitted on page 1.
 */
export function toSearchBody(query: SearchQuery, cursor?: PaginationCursor): SearchBody {
  const body: SearchBody = {
    city_ids: [...query.cityIds],
    source_view: query.query ? 'SEARCH_BAR_QUERY_SUGGESTION' : 'FILTER',
    ...(cursor ? { pagination_data: cursor } : {}),
    disable_recommendation: false,
    map_state: { camera_info: { bbox: cameraBbox(query.mapBbox) } },
    search_data: { form_data: { data: structuredClone(query.formData) } },
    user_selected_location: { places: query.cityIds.map((place_id) => ({ place_id })) },
    previous_user_selected_location: { places: [] },
  };
  if (query.sort) {
    body.search_data.server_payload = {
      '@type': 'type.googleapis.com/widgets.SearchData.ServerPayload',
      additional_form_data: { data: { sort: { str: { value: query.sort } } } },
    };
  }
  if (query.query) body.search_data.query = query.query;
  return body;
}
