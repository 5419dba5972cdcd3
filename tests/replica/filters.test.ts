import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_FIELDS } from './api/form-data.ts';
import type { CorpusListing } from './index.ts';
import {
  type Json,
  postJson,
  postSearch,
  searchBody,
  startTestReplica,
  type TestReplica,
} from './test-support.ts';

let t: TestReplica;
beforeAll(async () => {
  t = await startTestReplica({ seed: 23 });
});
afterAll(() => t.replica.close());

const FILTERS = 'https://api.divar.ir/v8/postlist/w/filters';
const COUNT = 'https://api.divar.ir/v8/postlist/w/approximate-post-count';
const cat = (value: string) => ({ category: { str: { value } } });
const count = (predicate: (l: CorpusListing) => boolean) =>
  t.replica.corpus.listings.filter(predicate).length;
const widgetsOf = (json: Json) => json.page.widget_list as Json[];
const byUid = (json: Json, uid: string): Json => widgetsOf(json).find((w) => w.uid === uid) ?? {};

describe('POST /v8/postlist/w/filters', () => {
  it('lists the districts the corpus uses in the city as I_NEIGHBORHOOD_ROW options', async () => {
    const { status, json } = await postJson(
      t.fetch,
      FILTERS,
      searchBody(['1'], cat('apartment-sell')),
    );
    expect(status).toBe(200);
    const row = widgetsOf(json).find((w) => w.widget_type === 'I_NEIGHBORHOOD_ROW');
    expect(row?.data.field).toEqual({ key: 'districts', wrapper: 'repeated_string' });
    const options = row?.data.neighborhoods.options as Json[];
    const used = new Set(
      t.replica.corpus.listings.filter((l) => l.cityId === 1).map((l) => String(l.districtId)),
    );
    expect(new Set(options.map((o) => o.value))).toEqual(used);
    for (const option of options) {
      expect(option.value).toMatch(/^\d+$/);
      expect(option.search_keys).toContain(option.title);
      expect(option.search_keywords.split('، ')).toEqual(option.search_keys);
      expect(option.hint).toBeUndefined();
    }
    const azari = options.find((o) => o.value === '198');
    expect(azari?.title).toBe('آذری');
  });

  it('gives every filter widget a uid and a field key the search accepts with that wrapper', async () => {
    const { json } = await postJson(t.fetch, FILTERS, searchBody(['1'], cat('apartment-sell')));
    const uids = widgetsOf(json).map((w) => w.uid);
    for (const key of ['price', 'size', 'rooms', 'elevator', 'parking', 'building-age'])
      expect(uids).toContain(`filter_${key}`);
    for (const widget of widgetsOf(json)) {
      const { key, wrapper } = widget.data.field;
      expect(widget.uid).toBe(`filter_${key}`);
      expect(KNOWN_FIELDS.get(key)).toContain(wrapper);
    }
    const prices = t.replica.corpus.listings
      .filter((l) => l.cityId === 1 && l.category === 'apartment-sell' && l.price !== undefined)
      .map((l) => l.price as number);
    expect(byUid(json, 'filter_price').data).toMatchObject({
      unit: 'تومان',
      minimum: String(Math.min(...prices)),
      maximum: String(Math.max(...prices)),
    });
    const rooms = byUid(json, 'filter_rooms').data.options as Json[];
    expect(rooms.map((o) => o.value)).toContain('دو');
  });

  it('builds brand_model options for light from the corpus brands and models', async () => {
    const { json } = await postJson(t.fetch, FILTERS, searchBody(['2'], cat('light')));
    const expandable = byUid(json, 'filter_brand_model_expandable');
    expect(expandable.widget_type).toBe('EXPANDABLE_FORM_ROW');
    const hierarchy = (expandable.data.widget_list as Json[]).find(
      (w) => w.widget_type === 'I_MULTI_SELECT_HIERARCHY_ROW' && w.uid === 'filter_brand_model',
    );
    const brands = hierarchy?.data.options.children as Json[];
    const karajCars = t.replica.corpus.listings.filter(
      (l) => l.cityId === 2 && l.category === 'light',
    );
    expect(new Set(brands.map((b) => b.data.value))).toEqual(
      new Set(karajCars.map((l) => l.brand)),
    );
    const models = brands.flatMap((b) => (b.children as Json[]).map((m) => m.data.value as string));
    expect(new Set(models)).toEqual(new Set(karajCars.map((l) => l.brandModel)));
    expect(brands.find((b) => b.data.value === 'peugeot')?.data.title).toBe('پژو');
    const [model] = models;
    const body = searchBody(['2'], {
      ...cat('light'),
      brand_model: { repeated_string: { value: [model] } },
    });
    expect((await postJson(t.fetch, COUNT, body)).json.count).toBe(
      karajCars.filter((l) => l.brandModel === model).length,
    );
    const colors = (byUid(json, 'filter_color').data.options as Json[]).map((o) => o.value);
    expect(new Set(colors)).toEqual(new Set(karajCars.map((l) => l.color)));
  });

  it('accepts the search data as `data`, hints cities when several are asked, rejects wrong wrappers', async () => {
    const viaData = await postJson(t.fetch, FILTERS, {
      city_ids: ['1', '2'],
      source_view: 'FILTER',
      data: { form_data: { data: cat('apartment-rent') } },
    });
    expect(viaData.status).toBe(200);
    expect(byUid(viaData.json, 'filter_credit').widget_type).toBe('I_NUMBER_RANGE_ROW');
    const options = byUid(viaData.json, 'filter_districts').data.neighborhoods.options as Json[];
    expect(new Set(options.map((o) => o.hint))).toEqual(new Set(['تهران', 'کرج']));
    const wrong = await postJson(
      t.fetch,
      FILTERS,
      searchBody(['1'], { category: { repeated_string: { value: ['light'] } } }),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.json.error).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'category' });
    const none = await postJson(t.fetch, FILTERS, {});
    expect(widgetsOf(none.json).some((w) => w.widget_type === 'I_NEIGHBORHOOD_ROW')).toBe(false);
  });
});

describe('POST /v8/postlist/w/approximate-post-count', () => {
  it('counts every match (beyond the depth cap), like map_data.post_count', async () => {
    const all = await postJson(t.fetch, COUNT, searchBody(['1'], {}));
    expect(all.status).toBe(200);
    expect(all.json).toEqual({ count: count((l) => l.cityId === 1) });
    expect(all.json.count).toBeGreaterThan(24 * 50);
    const body = searchBody(['1'], {
      ...cat('apartment-sell'),
      size: { number_range: { minimum: '80', maximum: '150' } },
      parking: { boolean: { value: true } },
    });
    const want = count(
      (l) =>
        l.cityId === 1 &&
        l.category === 'apartment-sell' &&
        (l.size ?? 0) >= 80 &&
        (l.size ?? 0) <= 150 &&
        l.parking,
    );
    expect((await postJson(t.fetch, COUNT, body)).json.count).toBe(want);
    expect((await postSearch(t.fetch, body)).json.map_data.post_count).toBe(want);
    const bad = await postJson(
      t.fetch,
      COUNT,
      searchBody(['1'], { size: { str: { value: '1' } } }),
    );
    expect(bad.status).toBe(400);
  });
});
