import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusListing } from './index.ts';
import {
  type Json,
  postJson,
  searchBody,
  startTestReplica,
  type TestReplica,
} from './test-support.ts';
import { formatNumberFa } from './util/persian.ts';

let t: TestReplica;
beforeAll(async () => {
  t = await startTestReplica({ seed: 29 });
});
afterAll(() => t.replica.close());

const VIEWPORT = 'https://api.divar.ir/v8/mapview/viewport';
const TEHRAN = { min_longitude: 51.2, min_latitude: 35.5, max_longitude: 51.6, max_latitude: 35.9 };
const SMALL = {
  min_longitude: 51.36,
  min_latitude: 35.67,
  max_longitude: 51.42,
  max_latitude: 35.73,
};
const cat = (value: string) => ({ category: { str: { value } } });

function viewport(data: Json, bbox: Json, zoom?: number) {
  const { city_ids, search_data } = searchBody(['1'], data);
  return postJson(t.fetch, VIEWPORT, {
    city_ids,
    search_data,
    camera_info: { bbox, ...(zoom === undefined ? {} : { zoom }) },
  });
}

const inside = (bbox: typeof SMALL) => (l: CorpusListing) =>
  l.lon >= bbox.min_longitude &&
  l.lon <= bbox.max_longitude &&
  l.lat >= bbox.min_latitude &&
  l.lat <= bbox.max_latitude;
const sell = (l: CorpusListing) => l.cityId === 1 && l.category === 'apartment-sell';

describe('POST /v8/mapview/viewport', () => {
  it('answers the pins of matching listings inside the bbox, newest first', async () => {
    const { status, json } = await viewport(cat('apartment-sell'), SMALL, 15);
    expect(status).toBe(200);
    const want = t.replica.corpus.listings.filter((l) => sell(l) && inside(SMALL)(l));
    expect(want.length).toBeGreaterThan(5);
    expect(json.count).toBe(want.length);
    expect((json.posts as Json[]).map((p) => p.map_post_card.token)).toEqual(
      want.map((l) => l.token),
    );
    expect(json.clusters).toEqual([]);
    const [post] = json.posts as Json[];
    const listing = want[0] as CorpusListing;
    expect(post?.map_post_card).toMatchObject({ token: listing.token, title: listing.title });
    expect(post?.map_post_card.price_fields[0].title).toBe('قیمت:');
    expect(post?.map_pin_feature).toMatchObject({ lat: listing.lat, lon: listing.lon });
    const props = post?.map_pin_feature.properties.properties;
    expect(props.token).toBe(listing.token);
    if (listing.price !== undefined)
      expect(props.subtitle1).toBe(`${formatNumberFa(listing.price)} تومان`);
    expect(props.chips[0].title).toMatch(/^[۰-۹]+ متر$/);
    expect(post?.action_log.server_side_info.info.sort_date).toMatch(/^2026-/);
  });

  it('applies the search filters and accepts a camelCase bbox', async () => {
    const data = {
      ...cat('apartment-sell'),
      size: { number_range: { minimum: '100', maximum: '200' } },
    };
    const { json } = await viewport(data, TEHRAN, 14);
    const want = t.replica.corpus.listings.filter(
      (l) => sell(l) && inside(TEHRAN)(l) && (l.size ?? 0) >= 100 && (l.size ?? 0) <= 200,
    );
    expect(json.count).toBe(want.length);
    const camel = await viewport(data, {
      minLongitude: TEHRAN.min_longitude,
      minLatitude: TEHRAN.min_latitude,
      maxLongitude: TEHRAN.max_longitude,
      maxLatitude: TEHRAN.max_latitude,
    });
    expect(camel.json.count).toBe(want.length);
    const cars = await viewport(cat('light'), TEHRAN);
    expect(cars.json).toMatchObject({ count: 0, posts: [] });
  });

  it('caps the pins at 200 per answer (count says how many there are)', async () => {
    const { json } = await viewport(cat('real-estate'), TEHRAN);
    expect(json.count).toBeGreaterThan(200);
    expect(json.posts).toHaveLength(200);
    expect(json.count_text).toMatch(/^[۰-۹]+ آگهی$/);
  });

  it('clusters below zoom 12 (no posts, one cluster per district)', async () => {
    const { json } = await viewport(cat('apartment-sell'), TEHRAN, 10);
    expect(json.posts).toEqual([]);
    expect(json.clusters.length).toBeGreaterThan(1);
    expect((json.clusters as Json[]).reduce((sum, c) => sum + c.count, 0)).toBe(json.count);
  });

  it('rejects a missing or inverted bbox and wrong wrappers with 400', async () => {
    expect(
      (await postJson(t.fetch, VIEWPORT, searchBody(['1'], cat('apartment-sell')))).status,
    ).toBe(400);
    const inverted = { ...SMALL, min_latitude: 36 };
    expect((await viewport(cat('apartment-sell'), inverted)).status).toBe(400);
    expect((await viewport({ size: { boolean: {} } }, SMALL)).status).toBe(400);
  });
});
