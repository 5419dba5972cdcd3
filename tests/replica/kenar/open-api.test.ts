import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestReplica, type TestReplica } from '../test-support.ts';
import { control, kenarCall } from './test-support.ts';

let t: TestReplica;
beforeAll(async () => {
  t = await startTestReplica({ seed: 5, corpusSize: 400 });
});
beforeEach(() => control(t.fetch, 'reset'));
afterAll(() => t.replica.close());

const anyToken = () => t.replica.corpus.listings.find((l) => l.source === 'generated')?.token ?? '';

describe('open-api.divar.ir: keys and permissions', () => {
  it('answers 401 code 16 without a key, and for a wrong key', async () => {
    const missing = await kenarCall(t.fetch, 'GET', `/v1/open-platform/finder/post/${anyToken()}`, {
      key: null,
    });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({
      code: 16,
      message: expect.stringMatching(/api key is missing/),
    });
    const wrong = await kenarCall(t.fetch, 'GET', `/v1/open-platform/finder/post/${anyToken()}`, {
      key: 'nope',
    });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).message).toBe('invalid api key');
  });

  it('answers 403 code 7 when the key lacks the permission the spec names', async () => {
    await control(t.fetch, 'apps', { slug: 'divar-actions-demo', permissions: ['SEARCH_POST'] });
    const response = await kenarCall(t.fetch, 'GET', `/v1/open-platform/finder/post/${anyToken()}`);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      code: 7,
      message: 'api key lacks permission GET_POST',
    });
  });

  it('serves assets without a key, and refuses a wrong one', async () => {
    const cities = await kenarCall(t.fetch, 'GET', '/v1/open-platform/assets/city', { key: null });
    expect((await cities.json()).cities).toContainEqual({ slug: 'tehran', display: 'تهران' });
    const wrong = await kenarCall(t.fetch, 'GET', '/v1/open-platform/assets/city', { key: 'nope' });
    expect(wrong.status).toBe(401);
  });
});

describe('open-api.divar.ir: the spec decides', () => {
  it('gives the public record of a corpus post, 404 code 5 for an unknown one', async () => {
    const listing = t.replica.corpus.listings.find((l) => l.source === 'generated');
    const response = await kenarCall(
      t.fetch,
      'GET',
      `/v1/open-platform/finder/post/${listing?.token}`,
    );
    const record = await response.json();
    expect(record).toMatchObject({
      token: listing?.token,
      category: listing?.category,
      data: { title: listing?.title },
    });
    const unknown = await kenarCall(t.fetch, 'GET', '/v1/open-platform/finder/post/NOPE12345');
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).code).toBe(5);
  });

  it('answers 404 for unknown paths, 405 for a known path with another method (the old POST users)', async () => {
    expect((await kenarCall(t.fetch, 'GET', '/v1/open-platform/nothing')).status).toBe(404);
    expect((await kenarCall(t.fetch, 'POST', '/v1/open-platform/users', { body: {} })).status).toBe(
      405,
    );
  });

  it('refuses a body that does not match the spec with 400 code 3 naming the field', async () => {
    const response = await kenarCall(t.fetch, 'POST', '/v2/open-platform/finder/post', {
      body: { city: 'tehran', category: 'apartment-sell', districts: 'abshar' },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 3,
      message: 'invalid request $.districts: expected an array',
    });
    const notJson = await kenarCall(t.fetch, 'POST', '/v2/open-platform/finder/post', {
      body: '{',
    });
    expect(notJson.status).toBe(400);
  });

  it('refuses unknown query parameters', async () => {
    const response = await kenarCall(
      t.fetch,
      'GET',
      '/v1/open-platform/assets/district?city=tehran',
    );
    expect(response.status).toBe(400);
    const ok = await kenarCall(t.fetch, 'GET', '/v1/open-platform/assets/district?city_slug=karaj');
    expect((await ok.json()).districts.length).toBe(18);
  });

  it('searches one city and category with int64 ranges as strings or numbers', async () => {
    const response = await kenarCall(t.fetch, 'POST', '/v2/open-platform/finder/post', {
      body: {
        city: 'tehran',
        category: 'apartment-sell',
        query: { size: { min: '60', max: 120 } },
      },
    });
    const { posts } = await response.json();
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) {
      expect(post).toMatchObject({ city: 'tehran', category: 'apartment-sell' });
      expect(post.real_estate_fields.size).toBeGreaterThanOrEqual(60);
      expect(post.real_estate_fields.size).toBeLessThanOrEqual(120);
    }
  });

  it('counts search calls: the 101st call of an app gets 429 code 8', async () => {
    await control(t.fetch, 'apps', { slug: 'divar-actions-demo', searchUsed: 99 });
    const body = { city: 'karaj', category: 'light' };
    expect(
      (await kenarCall(t.fetch, 'POST', '/v2/open-platform/finder/post', { body })).status,
    ).toBe(200);
    const over = await kenarCall(t.fetch, 'POST', '/v2/open-platform/finder/post', { body });
    expect(over.status).toBe(429);
    expect(await over.json()).toMatchObject({
      code: 8,
      message: expect.stringMatching(/search post quota exhausted/),
    });
  });

  it('needs a bearer token for user calls', async () => {
    const response = await kenarCall(t.fetch, 'GET', '/v1/open-platform/finder/user-posts');
    expect(response.status).toBe(401);
    expect((await response.json()).message).toMatch(/access token is missing/);
  });
});
