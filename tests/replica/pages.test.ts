import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  extractPreloadedState,
  type Json,
  startTestReplica,
  type TestReplica,
} from './test-support.ts';

let t: TestReplica;
beforeAll(async () => {
  t = await startTestReplica({ seed: 19 });
});
afterEach(() => t.replica.faults.reset());
afterAll(() => t.replica.close());

async function page(path: string): Promise<{ status: number; html: string }> {
  const response = await t.fetch(`https://divar.ir${path}`);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  return { status: response.status, html: await response.text() };
}

const formData = (state: Json) =>
  JSON.parse(state.nb.actionLog.server_side_info.info.search_data.form_data_json).data;
const cardCount = (html: string) =>
  html.match(/<article class="unsafe-kt-post-card /g)?.length ?? 0;

describe('/s/ search pages', () => {
  it("weigh like divar's with heavyPages on: about 240 cards and megabytes of script (the bench page)", async () => {
    t.replica.faults.set({ heavyPages: true });
    const { status, html } = await page('/s/tehran/buy-apartment');
    expect(status).toBe(200);
    expect(cardCount(html)).toBeGreaterThanOrEqual(230);
    expect(html.length).toBeGreaterThan(2_500_000);
    expect(extractPreloadedState(html).nb.listWidgets).toHaveLength(24); // the state stays page 1's
    t.replica.faults.reset();
    const light = await page('/s/tehran/buy-apartment');
    expect(cardCount(light.html)).toBe(24);
    expect(light.html.length).toBeLessThan(500_000);
  });

  it('carry a parseable __PRELOADED_STATE__ (with \\u002F escapes) and the card markup', async () => {
    const { status, html } = await page('/s/tehran/buy-apartment');
    expect(status).toBe(200);
    expect(html).toMatch(/<html lang="fa" dir="rtl">/);
    expect(html).toContain('\\u002F');
    const state = extractPreloadedState(html);
    expect(state.nb.listWidgets).toHaveLength(24);
    expect(state.nb.listWidgets[0].data.widgetType).toBe('POST_ROW');
    expect(state.nb.listWidgets[0].data.dto.data.token).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(state.nb.pagination).toMatchObject({
      hasMore: true,
      data: { page: 1, search_uid: expect.any(String), cumulative_widgets_count: 24 },
    });
    expect(state.nb.seoDetails.linkedData).toHaveLength(24);
    expect(state.search.rootCat.slug).toBe('ROOT');
    expect(formData(state)).toEqual({ category: { str: { value: 'apartment-sell' } } });
    expect(state.nb.actionLog.server_side_info.info.search_data.cities).toEqual(['1']);
    expect(html).toContain('<div id="post-list-container-id"');
    expect(cardCount(html)).toBe(24);
    const token = state.nb.listWidgets[0].data.dto.data.token;
    expect(html).toMatch(
      new RegExp(`<a class="unsafe-kt-post-card__action" href="/v/[^"]+/${token}">`),
    );
    expect(html).toContain('<h2 class="unsafe-kt-post-card__title">');
    expect(html.match(/class="unsafe-kt-post-card__description"/g)?.length).toBe(48);
    expect(html).toContain('<span class="unsafe-kt-post-card__bottom-description');
  });

  it('resolves district slugs, districts= and query filters into form_data', async () => {
    const { html } = await page(
      '/s/tehran/buy-apartment/saadat-abad?districts=88%2C90&elevator=true&size=60-120&rooms=%D8%AF%D9%88',
    );
    const data = formData(extractPreloadedState(html));
    expect(data).toEqual({
      category: { str: { value: 'apartment-sell' } },
      districts: { repeated_string: { value: ['75', '88', '90'] } },
      elevator: { boolean: { value: true } },
      rooms: { repeated_string: { value: ['دو'] } },
      size: {
        number_range: { minimum: '60', maximum: '120', value: { minimum: '60', maximum: '120' } },
      },
    });
    const { html: rent } = await page('/s/tehran/rent-apartment?credit=-350000000&rent=0-0');
    expect(formData(extractPreloadedState(rent))).toMatchObject({
      category: { str: { value: 'apartment-rent' } },
      credit: { number_range: { maximum: '350000000' } },
      rent: { number_range: { minimum: '0', maximum: '0' } },
    });
    const { html: car } = await page('/s/mashhad/car/peugeot/206');
    expect(formData(extractPreloadedState(car))).toMatchObject({
      category: { str: { value: 'light' } },
      brand_model: { repeated_string: { value: ['peugeot 206'] } },
    });
  });

  it('plants a difference between the URL and the page state with pageStateOverride', async () => {
    t.replica.faults.set({
      pageStateOverride: { formData: { category: { str: { value: 'apartment-rent' } } } },
    });
    const { html } = await page('/s/tehran/buy-apartment');
    const state = extractPreloadedState(html);
    expect(formData(state)).toEqual({ category: { str: { value: 'apartment-rent' } } });
    const first = t.replica.corpus.get(state.nb.listWidgets[0].data.dto.data.token);
    expect(first?.category).toBe('apartment-rent');
  });

  it('pages with ?page=N, and 404s unknown cities', async () => {
    const one = extractPreloadedState((await page('/s/karaj/buy-apartment')).html);
    const two = extractPreloadedState((await page('/s/karaj/buy-apartment?page=2')).html);
    expect(two.nb.pagination.data.page).toBe(2);
    const tokens = (s: Json) => s.nb.listWidgets.map((w: Json) => w.data.dto.data.token);
    expect(tokens(two).some((token: string) => tokens(one).includes(token))).toBe(false);
    const missing = await page('/s/atlantis/buy-apartment');
    expect(missing.status).toBe(404);
    expect(extractPreloadedState(missing.html).httpError.is404).toBe(true);
  });
});

describe('/v/ post pages', () => {
  it.each([
    '/v/gammaxvi',
    '/v/-/gammaxvi',
    '/v/%D9%87%D9%80%D8%B1%D9%88%DB%8C-%DB%B9%DB%B8-%D9%85%D8%AA%D9%80%D8%B1/gammaxvi/?ref=android',
  ])('%s carries currentPost.post with sections keyed by name', async (path) => {
    const { status, html } = await page(path);
    expect(status).toBe(200);
    const post = extractPreloadedState(html).currentPost.post;
    expect(post.token).toBe('gammaxvi');
    expect(post.city.slug).toBe('tehran');
    expect(Array.isArray(post.sections)).toBe(false);
    expect(post.sections.LIST_DATA[0].dto.widget_type).toBe('GROUP_INFO_ROW');
    expect(post.sections.TITLE[0].widgetType).toBe('LEGEND_TITLE_ROW');
    expect(post.seo.webInfo).toMatchObject({ city_persian: 'تهران', district_persian: 'هروی' });
    expect(html).toContain(
      '<h1 class="kt-page-title__title">هـروی / ۹۸ متـر / فاقد آسانسور و پارکینگ</h1>',
    );
    expect(html).toContain('۲۰,۵۰۰,۰۰۰,۰۰۰ تومان');
  });

  it('renders generated posts and 404s unknown tokens', async () => {
    const listing = t.replica.corpus.listings.find(
      (l) => l.source === 'generated' && l.category === 'light',
    );
    if (!listing) throw new Error('no car');
    const { html } = await page(`/v/${listing.token}`);
    const post = extractPreloadedState(html).currentPost.post;
    expect(post.token).toBe(listing.token);
    expect(post.contact.contactUUID).toBe(listing.contactUuid);
    expect(html).toContain('post-actions__get-contact');
    const missing = await page('/v/QQQQQQQQ');
    expect(missing.status).toBe(404);
  });

  it('serves a home page linking to search pages', async () => {
    const { status, html } = await page('/');
    expect(status).toBe(200);
    expect(html).toContain('href="/s/tehran/buy-apartment"');
    expect(html).toContain('history.pushState');
  });
});
