/** `map_data` of page 1: camera bbox around the matches, place_hash and the map style config. */
import type { CorpusListing } from '../corpus/types.ts';
import { toPersianDigits } from '../util/persian.ts';
import type { SearchQuery } from './search-request.ts';
import { queryCategory, queryDistricts } from './search-seo.ts';

const MAP_CONFIG = {
  style_url:
    'https://map.divar.ir/back/style/prod/style-light-view-port-v1.0.0-abef6830-neshan.json',
  dark_style_url:
    'https://map.divar.ir/back/style/prod/style-dark-view-port-v1.0.0-abef6830-neshan.json',
  source_id: 'divar-map-discovery-posts-source-v0.1.1',
  layer_ids: [
    'divar-map-discovery-posts-layer-mini-pins-view-port',
    'divar-map-discovery-posts-layer-long-text-pins-view-port',
  ],
  marker_source_id: 'divar-map-discovery-active-marker-source',
  history_source_id: 'divar-map-discovery-posts-history-source',
  satellite_style_url: 'https://map.divar.ir/back/style/style-android-v0.2.0.json',
  clustering_layer_ids: ['divar-map-discovery-clustered-posts-layer-view-port'],
  click_padding: { top: 12, bottom: 24, left: 12, right: 12 },
  clustering_click_padding: { top: 12, bottom: 24, left: 12, right: 12 },
  view_port_post_source_id: 'divar-map-discovery-view-port-posts-source',
  view_port_cluster_source_id: 'divar-map-discovery-view-port-clusters-source',
};

/** "<city ids>|<district ids>|<api category>||", as in `map_place_hash`. */
export function placeHash(query: SearchQuery): string {
  return `${query.rawCityIds.join(',')}|${queryDistricts(query).join(',')}|${queryCategory(query) ?? ''}||`;
}

function bbox(listings: readonly CorpusListing[]) {
  if (listings.length === 0) return {};
  const lats = listings.map((l) => l.lat);
  const lons = listings.map((l) => l.lon);
  return {
    min_longitude: Math.min(...lons),
    min_latitude: Math.min(...lats),
    max_longitude: Math.max(...lons),
    max_latitude: Math.max(...lats),
  };
}

/** The `map_data` object. `matches` are all listings matching the search. */
export function mapData(query: SearchQuery, matches: readonly CorpusListing[]) {
  return {
    encoded_polygon_list: [],
    state: {
      camera_info: {
        bbox: bbox(matches),
        place_hash: placeHash(query),
        zoom: queryDistricts(query).length > 0 ? 12.090831685211496 : 10.5,
      },
      page_state: 'HALF_STATE',
      state_hash: 'list',
    },
    post_count_text: `${toPersianDigits(matches.length)} آگهی در این محدوده`,
    post_count: matches.length,
    config: MAP_CONFIG,
    map_switch_mode: 'BOTTOM_SHEET',
  };
}
