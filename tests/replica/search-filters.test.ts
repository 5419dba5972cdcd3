import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusListing } from './index.ts';
import { crawlSearch, searchBody, startTestReplica, type TestReplica } from './test-support.ts';

let t: TestReplica;
beforeAll(async () => {
  t = await startTestReplica({ seed: 11 });
});
afterAll(() => t.replica.close());

async function realResults(
  cityIds: string[],
  data: Record<string, unknown>,
  query?: string,
): Promise<string[]> {
  const body = searchBody(cityIds, data);
  if (query) (body.search_data as Record<string, unknown>).query = query;
  const pages = await crawlSearch(t.fetch, body);
  return pages.filter((p) => !p.isRecommendation).flatMap((p) => p.tokens);
}

function expected(predicate: (l: CorpusListing) => boolean): string[] {
  return t.replica.corpus.listings.filter(predicate).map((l) => l.token);
}

const sellIn = (city: number) => (l: CorpusListing) =>
  l.cityId === city && l.category === 'apartment-sell';
const cat = (value: string) => ({ category: { str: { value } } });

describe('search filters', () => {
  it('applies a price range (Toman, strings)', async () => {
    const got = await realResults(['1'], {
      ...cat('apartment-sell'),
      price: { number_range: { minimum: '10000000000', maximum: '30000000000' } },
    });
    const want = expected(
      (l) => sellIn(1)(l) && l.price !== undefined && l.price >= 1e10 && l.price <= 3e10,
    );
    expect(want.length).toBeGreaterThan(10);
    expect(got).toEqual(want);
  });

  it('applies districts', async () => {
    const districtIds = [
      ...new Set(expected(sellIn(1)).map((token) => t.replica.corpus.get(token)?.districtId)),
    ]
      .slice(0, 3)
      .map(String);
    const got = await realResults(['1'], {
      ...cat('apartment-sell'),
      districts: { repeated_string: { value: districtIds } },
    });
    expect(got).toEqual(
      expected((l) => sellIn(1)(l) && districtIds.includes(String(l.districtId))),
    );
    expect(got.length).toBeGreaterThan(0);
  });

  it('applies booleans and rooms words', async () => {
    const got = await realResults(['1'], {
      ...cat('apartment-sell'),
      elevator: { boolean: { value: true } },
      rooms: { repeated_string: { value: ['دو', 'سه'] } },
    });
    const want = expected((l) => sellIn(1)(l) && l.elevator && (l.rooms === 2 || l.rooms === 3));
    expect(want.length).toBeGreaterThan(10);
    expect(got).toEqual(want);
  });

  it('matches parent categories: residential-sell, real-estate, cars, jobs', async () => {
    const residential = await realResults(['2'], cat('residential-sell'));
    expect(residential).toEqual(
      expected(
        (l) =>
          l.cityId === 2 && (l.category === 'apartment-sell' || l.category === 'house-villa-sell'),
      ),
    );
    const realEstate = await realResults(['6'], cat('real-estate'));
    expect(realEstate).toEqual(
      expected(
        (l) =>
          l.cityId === 6 &&
          ['apartment-sell', 'house-villa-sell', 'apartment-rent'].includes(l.category),
      ),
    );
    const cars = await realResults(['4'], cat('cars'));
    expect(cars).toEqual(expected((l) => l.cityId === 4 && l.category === 'light'));
  });

  it('expands a province id to its cities and matches free text in titles', async () => {
    const province = await realResults(['895'], cat('mobile-phones'));
    expect(province).toEqual(expected((l) => l.cityId === 2 && l.category === 'mobile-phones'));
    const peugeot = await realResults(['1'], cat('light'), 'پژو');
    expect(peugeot).toEqual(
      expected((l) => l.cityId === 1 && l.category === 'light' && l.title.includes('پژو')),
    );
    expect(peugeot.length).toBeGreaterThan(0);
  });

  it('applies a rent range and has-photo', async () => {
    const got = await realResults(['1'], {
      ...cat('apartment-rent'),
      rent: { number_range: { maximum: '20000000' } },
      'has-photo': { boolean: { value: true } },
    });
    expect(got).toEqual(
      expected(
        (l) =>
          l.cityId === 1 &&
          l.category === 'apartment-rent' &&
          l.rent !== undefined &&
          l.rent <= 2e7 &&
          l.images.length > 0,
      ),
    );
  });
});
