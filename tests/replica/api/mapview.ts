/**
 * `POST /v8/mapview/viewport` (NOTES §1 #8): the pins of the matching listings inside the camera
 * bbox, no pagination. Body: `{city_ids?, search_data: {form_data: {data}}, camera_info: {bbox:
 * {min_longitude, min_latitude, max_longitude, max_latitude} (camelCase also accepted), zoom?}}`.
 * Answer: `{posts[] (newest first, at most mapPinLimit), clusters[], count, count_text}`; below zoom
 * 12 the real map clusters, so `posts` is empty and `clusters` has one entry per district.
 */
import type { CorpusListing } from '../corpus/types.ts';
import { jsonResponse, type ReplicaResponse, type RouteContext } from '../server/http-types.ts';
import { tehranJalali } from '../util/jalali.ts';
import { toPersianDigits } from '../util/persian.ts';
import { badRequest } from './errors.ts';
import { jsonBody } from './json-body.ts';
import { mapPost } from './map-pin.ts';
import { HAS_MAP } from './post-detail.ts';
import { createListingMatcher } from './search-filter.ts';
import { parseSearchBody } from './search-request.ts';

const CLUSTER_BELOW_ZOOM = 12;
type Bbox = { minLon: number; minLat: number; maxLon: number; maxLat: number };

function readCamera(body: unknown): { bbox: Bbox; zoom?: number } {
  const camera = (body as { camera_info?: { bbox?: Record<string, unknown>; zoom?: unknown } })
    .camera_info;
  const box = camera?.bbox ?? {};
  const read = (snake: string, camel: string) => {
    const value = box[snake] ?? box[camel];
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw badRequest(`camera_info.bbox.${snake} must be a number`, 'camera_info');
    return value;
  };
  const bbox = {
    minLon: read('min_longitude', 'minLongitude'),
    minLat: read('min_latitude', 'minLatitude'),
    maxLon: read('max_longitude', 'maxLongitude'),
    maxLat: read('max_latitude', 'maxLatitude'),
  };
  if (bbox.minLon > bbox.maxLon || bbox.minLat > bbox.maxLat)
    throw badRequest('camera_info.bbox minimums exceed maximums', 'camera_info');
  const zoom = camera?.zoom;
  if (zoom !== undefined && typeof zoom !== 'number')
    throw badRequest('camera_info.zoom must be a number', 'camera_info');
  return { bbox, zoom };
}

function clusters(hits: readonly CorpusListing[]) {
  const groups = new Map<number, CorpusListing[]>();
  for (const hit of hits) groups.set(hit.districtId, [...(groups.get(hit.districtId) ?? []), hit]);
  return [...groups.values()].map((group) => ({
    lat: group.reduce((sum, l) => sum + l.lat, 0) / group.length,
    lon: group.reduce((sum, l) => sum + l.lon, 0) / group.length,
    count: group.length,
    count_text: toPersianDigits(group.length),
  }));
}

/** Answers the viewport request. */
export function answerViewport(context: RouteContext): ReplicaResponse {
  const { state } = context;
  const body = jsonBody(context);
  const query = parseSearchBody(body);
  const { bbox, zoom } = readCamera(body);
  const matches = createListingMatcher(query, state.now());
  const hits = state.corpus.listings.filter(
    (l) =>
      HAS_MAP.has(l.category) &&
      l.lon >= bbox.minLon &&
      l.lon <= bbox.maxLon &&
      l.lat >= bbox.minLat &&
      l.lat <= bbox.maxLat &&
      matches(l),
  );
  const clustered = zoom !== undefined && zoom < CLUSTER_BELOW_ZOOM;
  const year = tehranJalali(state.now()).jy;
  const posts = clustered
    ? []
    : hits.slice(0, state.settings.mapPinLimit).map((l) => mapPost(l, state.corpus.now, year));
  return jsonResponse(200, {
    posts,
    clusters: clustered ? clusters(hits) : [],
    count: hits.length,
    count_text: `${toPersianDigits(hits.length)} آگهی`,
  });
}
