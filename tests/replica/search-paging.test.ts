import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusListing } from './index.ts';
import {
  crawlSearch,
  postSearch,
  postTokens,
  searchBody,
  startTestReplica,
  type TestReplica,
} from './test-support.ts';

let t: TestReplica;
beforeAll(async () => {
  t = await startTestReplica({ seed: 21 });
});
afterAll(() => t.replica.close());

const JOBS = [
  'administration-and-hr',
  'computer-and-it',
  'sales-marketing',
  'accounting-finance-legal',
];
const CASES: [string, string, (l: CorpusListing) => boolean][] = [
  ['1', 'apartment-sell', (l) => l.cityId === 1 && l.category === 'apartment-sell'],
  ['2', 'apartment-rent', (l) => l.cityId === 2 && l.category === 'apartment-rent'],
  ['3', 'light', (l) => l.cityId === 3 && l.category === 'light'],
  ['4', 'mobile-phones', (l) => l.cityId === 4 && l.category === 'mobile-phones'],
  ['6', 'jobs', (l) => l.cityId === 6 && JOBS.includes(l.category)],
];

describe('search paging by echoing the cursor', () => {
  it.each(CASES)(
    'city %s / %s yields every match exactly once, then recommendations, then the empty page',
    async (city, category, matches) => {
      const pages = await crawlSearch(
        t.fetch,
        searchBody([city], { category: { str: { value: category } } }),
      );
      const expected = t.replica.corpus.listings.filter(matches).map((l) => l.token);
      expect(expected.length).toBeGreaterThan(24);
      const real = pages.filter((p) => !p.isRecommendation).flatMap((p) => p.tokens);
      expect(real).toEqual(expected);
      const recPages = pages.filter((p) => p.isRecommendation && p.tokens.length > 0);
      expect(recPages).toHaveLength(2);
      const first = recPages[0]?.json.list_widgets;
      expect(first[0].widget_type).toBe('DIVIDER_ROW');
      expect(first[1]).toMatchObject({
        widget_type: 'SELECTOR_ROW',
        data: { title: 'آگهی‌های مشابه' },
      });
      for (const token of recPages.flatMap((p) => p.tokens)) expect(expected).not.toContain(token);
      const last = pages.at(-1)?.json ?? {};
      expect(last.list_widgets).toBeUndefined();
      expect(last.pagination.has_next_page).toBeUndefined();
      expect(last.pagination.data.last_post_date).toBe('0001-01-01T00:00:00Z');
      expect(last.show_no_search_result_notice).toBe(true);
    },
  );

  it('marks only page 1 as first and keeps the page-1 extras there', async () => {
    const body = searchBody(['1'], { category: { str: { value: 'apartment-sell' } } });
    const page1 = await postSearch(t.fetch, body);
    expect(page1.json.pagination).toMatchObject({ has_next_page: true, is_first_page: true });
    expect(page1.json.pagination.data).toMatchObject({
      '@type': 'type.googleapis.com/post_list.PaginationData',
      page: 1,
      layer_id: 1,
    });
    expect(page1.json.seo_details.bread_crumb[0].name).toBe('آپارتمان');
    expect(page1.json.map_data.state.camera_info.place_hash).toBe('1||apartment-sell||');
    const page2 = await postSearch(t.fetch, {
      ...body,
      pagination_data: page1.json.pagination.data,
    });
    expect(page2.json.pagination.is_first_page).toBeUndefined();
    expect(page2.json.seo_details).toBeUndefined();
    expect(page2.json.pagination.data.page).toBe(2);
  });

  it('does not advance on `page` alone, without the cursor', async () => {
    const body = searchBody(['1'], { category: { str: { value: 'light' } } });
    const page1 = await postSearch(t.fetch, body);
    const again = await postSearch(t.fetch, { ...body, page: 2, layer_page: 2 });
    expect(postTokens(again.json)).toEqual(postTokens(page1.json));
    const next = await postSearch(t.fetch, {
      ...body,
      pagination_data: page1.json.pagination.data,
    });
    expect(postTokens(next.json).some((token) => postTokens(page1.json).includes(token))).toBe(
      false,
    );
  });

  it('rejects a foreign, tampered or other-search cursor with 400', async () => {
    const body = searchBody(['1'], { category: { str: { value: 'apartment-sell' } } });
    const { json } = await postSearch(t.fetch, body);
    const sampleCursor = {
      '@type': 'type.googleapis.com/post_list.PaginationData',
      last_post_date: '2026-09-15T08:25:33.266302Z',
      page: 1,
      layer_id: 1,
      search_uid: '45c38199-af25-401d-b638-148f013a39e5',
      cumulative_widgets_count: 8,
      filters_hash: 'eh3p+jwMzOTgNwKwxdmfUg==',
      first_page_viewed_at: '2026-09-15T19:47:18.548447651Z',
    };
    expect((await postSearch(t.fetch, { ...body, pagination_data: sampleCursor })).status).toBe(
      400,
    );
    const tampered = {
      ...json.pagination.data,
      first_page_viewed_at: '2026-01-01T00:00:00.000000000Z',
    };
    expect((await postSearch(t.fetch, { ...body, pagination_data: tampered })).status).toBe(400);
    const otherSearch = searchBody(['2'], { category: { str: { value: 'apartment-sell' } } });
    const foreign = await postSearch(t.fetch, {
      ...otherSearch,
      pagination_data: json.pagination.data,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.json.error.code).toBe('INVALID_ARGUMENT');
    expect((await postSearch(t.fetch, { ...body, pagination_data: 'page-2' })).status).toBe(400);
  });

  it('starts with recommendations when nothing matches', async () => {
    const body = searchBody(['1'], { category: { str: { value: 'light' } } });
    (body.search_data as Record<string, unknown>).query = 'هیچ‌چیزناموجود';
    const { status, json } = await postSearch(t.fetch, body);
    expect(status).toBe(200);
    expect(json.pagination.is_first_page).toBe(true);
    expect(json.list_widgets[1]).toMatchObject({
      widget_type: 'SELECTOR_ROW',
      data: { title: 'آگهی‌های مشابه' },
    });
    expect(json.map_data.post_count).toBe(0);
  });

  it('goes straight to the empty page when recommendations are disabled', async () => {
    const body = searchBody(
      ['6'],
      { category: { str: { value: 'house-villa-sell' } } },
      { disable_recommendation: true },
    );
    const pages = await crawlSearch(t.fetch, body);
    expect(pages.some((p) => p.isRecommendation)).toBe(false);
    expect(pages.at(-1)?.tokens).toEqual([]);
  });
});

describe('depth cap', () => {
  it('serves at most maxPages pages of real results', async () => {
    const capped = await startTestReplica({ seed: 21, maxPages: 3, pageSize: 10 });
    try {
      const body = searchBody(['1'], { category: { str: { value: 'apartment-sell' } } });
      const pages = await crawlSearch(capped.fetch, body);
      const real = pages.filter((p) => !p.isRecommendation);
      expect(real).toHaveLength(3);
      expect(real.flatMap((p) => p.tokens)).toHaveLength(30);
      expect(pages[3]?.isRecommendation).toBe(true);
      expect(pages[0]?.json.map_data.post_count).toBeGreaterThan(30);
    } finally {
      await capped.replica.close();
    }
  });
});
