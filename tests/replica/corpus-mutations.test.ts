import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusListing } from './index.ts';
import {
  type Json,
  postJson,
  postSearch,
  postTokens,
  searchBody,
  startTestReplica,
  type TestReplica,
} from './test-support.ts';
import { formatNumberFa } from './util/persian.ts';

let t: TestReplica;
beforeAll(async () => {
  t = await startTestReplica({ seed: 41 });
});
afterEach(() => t.replica.mutate.reset());
afterAll(() => t.replica.close());

const COUNT = 'https://api.divar.ir/v8/postlist/w/approximate-post-count';
const control = (path: string, body: unknown) =>
  postJson(t.fetch, `https://divar.ir/__replica/corpus/${path}`, body);
const sell = (extra: Json = {}) =>
  searchBody(['1'], { category: { str: { value: 'apartment-sell' } }, ...extra });
const priceRange = (minimum: number, maximum: number) =>
  sell({ price: { number_range: { minimum: String(minimum), maximum: String(maximum) } } });
const count = async (body: Json) => (await postJson(t.fetch, COUNT, body)).json.count as number;
const getPost = async (token: string) => {
  const response = await t.fetch(`https://api.divar.ir/v8/posts-v2/web/${token}`);
  return { status: response.status, text: await response.text() };
};
const card = (json: Json, token: string) =>
  (json.list_widgets as Json[]).find((w) => w.data?.token === token)?.data;

describe('replica.mutate', () => {
  it('addListing puts a new listing at the top of matching searches, in posts-v2 and counts', async () => {
    const before = await count(sell());
    const added = t.replica.mutate.addListing({
      category: 'apartment-sell',
      cityId: 1,
      districtId: 198,
      title: 'آپارتمان ۹۰ متری نوساز آذری',
      price: 9_000_000_000,
      size: 90,
    });
    expect(added.token).toMatch(/^[A-Za-z0-9_-]{8}$/);
    const page = await postSearch(t.fetch, sell());
    expect(postTokens(page.json)[0]).toBe(added.token);
    expect(card(page.json, added.token)?.middle_description_text).toBe('۹,۰۰۰,۰۰۰,۰۰۰ تومان');
    expect(card(page.json, added.token)?.bottom_description_text).toMatch(/آذری$/);
    expect(await count(sell())).toBe(before + 1);
    const recent = sell({ recent_ads: { str: { value: '3h' } } });
    expect(postTokens((await postSearch(t.fetch, recent)).json)[0]).toBe(added.token);
    const post = await getPost(added.token);
    expect(post.status).toBe(200);
    expect(post.text).toContain('آپارتمان ۹۰ متری نوساز آذری');
    const karaj = await postSearch(t.fetch, searchBody(['2'], {}));
    expect(postTokens(karaj.json)).not.toContain(added.token);
  });

  it('setPrice changes cards, posts-v2 and price filtering', async () => {
    const first = await postSearch(t.fetch, sell());
    const token = postTokens(first.json).find((tk) => {
      const l = t.replica.corpus.get(tk);
      return l?.source === 'generated' && (l.price ?? 0) > 2_000_000_000;
    });
    const listing = t.replica.corpus.get(token ?? '') as CorpusListing;
    const old = listing.price as number;
    const lower = old - 1_000_000_000;
    const inOld = await count(priceRange(old, old));
    expect(t.replica.mutate.setPrice(listing.token, lower)).toEqual({
      token: listing.token,
      price: lower,
      previousPrice: old,
    });
    const page = await postSearch(t.fetch, sell());
    expect(card(page.json, listing.token)?.middle_description_text).toBe(
      `${formatNumberFa(lower)} تومان`,
    );
    expect((await getPost(listing.token)).text).toContain(formatNumberFa(lower));
    expect(await count(priceRange(old, old))).toBe(inOld - 1);
    const cheap = await postSearch(t.fetch, priceRange(lower, lower));
    expect(postTokens(cheap.json)).toContain(listing.token);
    t.replica.mutate.reset();
    expect(t.replica.corpus.get(listing.token)?.price).toBe(old);
  });

  it('refuses samples, rent and unknown tokens', () => {
    expect(() => t.replica.mutate.setPrice('gammaxvi', 1)).toThrow(/sample/);
    const rent = t.replica.corpus.listings.find((l) => l.category === 'apartment-rent');
    expect(() => t.replica.mutate.setPrice(rent?.token ?? '', 1)).toThrow(/no price/);
    expect(() => t.replica.mutate.setPrice('gNOPE123', 1)).toThrow(/no listing/);
    expect(() => t.replica.mutate.addListing({ districtId: 198, cityId: 2 })).toThrow(
      /not in city/,
    );
  });
});

describe('HTTP corpus control', () => {
  it('adds a listing, changes a price and resets', async () => {
    const added = await control('add', { category: 'light', cityId: 2, brandModel: 'peugeot 206' });
    expect(added.status).toBe(200);
    const token = added.json.listing.token as string;
    const cars = searchBody(['2'], {
      category: { str: { value: 'light' } },
      brand_model: { repeated_string: { value: ['peugeot'] } },
    });
    expect(postTokens((await postSearch(t.fetch, cars)).json)[0]).toBe(token);
    const priced = await control('price', { token, price: 123_000_000 });
    expect(priced.json).toMatchObject({ token, price: 123_000_000 });
    const page = await postSearch(t.fetch, cars);
    expect(card(page.json, token)?.middle_description_text).toBe('۱۲۳,۰۰۰,۰۰۰ تومان');
    expect((await control('add', { colour: 'red' })).status).toBe(400);
    expect((await control('price', { token: 'gNOPE123', price: 1 })).status).toBe(404);
    expect((await control('price', { token: 'gammaxvi', price: 1 })).status).toBe(400);
    expect((await control('reset', {})).status).toBe(200);
    expect((await getPost(token)).status).toBe(404);
  });
});
