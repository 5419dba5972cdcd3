/** Every endpoint of the client: the request it sends and how it reads the answer. */
import { describe, expect, it } from 'vitest';
import type { KenarClient } from '@/lib/kenar/client';
import { fakeClient, json } from './fake-kenar.ts';

type Row = {
  name: string;
  invoke: (client: KenarClient) => Promise<unknown>;
  method: string;
  path: string;
  auth: 'key' | 'user' | 'optional';
  body?: unknown;
  answer: unknown;
  expected?: unknown;
};

const general = {
  category_slug: 'apartment-sell',
  title: 'آپارتمان',
  description: 'نو',
  images: [],
  city: 'tehran',
  location_type: 'LOCATION_TYPE_EMPTY' as const,
  hide_phone: false,
  chat_enabled: true,
};
const button = {
  customized_button: {
    type: 'ONLINE_CALL' as const,
    action: { open_direct_link: 'https://a.example' },
  },
};
const stats = {
  views: { total: 5, daily: [{ date: '2026-09-20', count: 5 }, { date: '2026-09-21' }] },
};

const ROWS: Row[] = [
  {
    name: 'getPost',
    invoke: (c) => c.getPost('gAbc1234'),
    method: 'GET',
    path: '/v1/open-platform/finder/post/gAbc1234',
    auth: 'key',
    answer: { token: 'gAbc1234', city: 'tehran', data: { title: 't' }, unknown: 1 },
    expected: { token: 'gAbc1234', city: 'tehran', data: { title: 't' } },
  },
  {
    name: 'searchPosts',
    invoke: (c) =>
      c.searchPosts({ city: 'tehran', category: 'light', query: { usage: { max: '50000' } } }),
    method: 'POST',
    path: '/v2/open-platform/finder/post',
    auth: 'key',
    body: { city: 'tehran', category: 'light', query: { usage: { max: '50000' } } },
    answer: { posts: [{ token: 'a', price: { value: '100' } }] },
  },
  {
    name: 'getUser',
    invoke: (c) => c.getUser(),
    method: 'GET',
    path: '/v1/open-platform/users',
    auth: 'user',
    answer: { user_id: 'u1' },
  },
  {
    name: 'getUserIdByPhone',
    invoke: (c) => c.getUserIdByPhone('09120000000'),
    method: 'POST',
    path: '/v1/open-platform/get-user-id-by-phone',
    auth: 'key',
    body: { phone: '09120000000' },
    answer: { user_id: 'u9' },
  },
  {
    name: 'getUserPosts',
    invoke: (c) => c.getUserPosts(),
    method: 'GET',
    path: '/v1/open-platform/finder/user-posts',
    auth: 'user',
    answer: { posts: [{ token: 'a', title: 't' }] },
  },
  {
    name: 'canSubmit',
    invoke: (c) => c.canSubmit(),
    method: 'GET',
    path: '/experimental/open-platform/user-posts/can-submit',
    auth: 'user',
    answer: {},
    expected: {},
  },
  {
    name: 'createBusinessButton',
    invoke: (c) => c.createBusinessButton('biz1', button),
    method: 'POST',
    path: '/experimental/open-platform/business/biz1/customized-button',
    auth: 'user',
    body: button,
    answer: {},
  },
  {
    name: 'deleteBusinessButton',
    invoke: (c) => c.deleteBusinessButton('biz1'),
    method: 'DELETE',
    path: '/experimental/open-platform/business/biz1/customized-button',
    auth: 'key',
    answer: {},
  },
  {
    name: 'setPostButton',
    invoke: (c) => c.setPostButton('gAbc1234', button),
    method: 'POST',
    path: '/experimental/open-platform/posts/gAbc1234/customized-button',
    auth: 'user',
    body: button,
    answer: {},
  },
  {
    name: 'deletePostButton',
    invoke: (c) => c.deletePostButton('gAbc1234'),
    method: 'DELETE',
    path: '/experimental/open-platform/posts/gAbc1234/customized-button',
    auth: 'user',
    answer: {},
  },
  {
    name: 'deletePost',
    invoke: (c) => c.deletePost('gAbc1234'),
    method: 'DELETE',
    path: '/v1/open-platform/post/gAbc1234',
    auth: 'user',
    answer: {},
  },
  {
    name: 'editPostV1',
    invoke: (c) => c.editPostV1('gAbc1234', { title: 'عنوان', description: 'd' }),
    method: 'PUT',
    path: '/v1/open-platform/post/gAbc1234',
    auth: 'user',
    body: { title: 'عنوان', description: 'd' },
    answer: {},
  },
  {
    name: 'editPostV2',
    invoke: (c) =>
      c.editPostV2('gAbc1234', { update_mask: ['general_data.title'], general_data: general }),
    method: 'PUT',
    path: '/v2/open-platform/post/gAbc1234',
    auth: 'user',
    body: { update_mask: ['general_data.title'], general_data: general },
    answer: {},
  },
  {
    name: 'imageUploadUrl',
    invoke: (c) => c.imageUploadUrl(),
    method: 'GET',
    path: '/v1/open-platform/post/image-upload-url',
    auth: 'key',
    answer: { upload_url: 'https://open-api.divar.ir/u?t=1' },
  },
  {
    name: 'uploadUrls',
    invoke: (c) => c.uploadUrls(),
    method: 'GET',
    path: '/v2/open-platform/post/upload-urls',
    auth: 'key',
    answer: { image: { url: 'https://open-api.divar.ir/i', http_method: 'POST' } },
  },
  {
    name: 'postStats',
    invoke: (c) => c.postStats('gAbc1234'),
    method: 'GET',
    path: '/experimental/open-platform/posts/gAbc1234/stats',
    auth: 'user',
    answer: stats,
  },
  {
    name: 'getUserPost',
    invoke: (c) => c.getUserPost('gAbc1234'),
    method: 'GET',
    path: '/v1/open-platform/user-post/gAbc1234',
    auth: 'user',
    answer: { general_data: { title: 't' }, state: 'POST_STATE_PUBLISHED' },
  },
  {
    name: 'submitPostV2',
    invoke: (c) =>
      c.submitPostV2({
        business_token: 'b',
        general_data: general,
        category_fields: {},
        landline_numbers: ['02100000000'],
      }),
    method: 'POST',
    path: '/experimental/open-platform/posts/new-v2',
    auth: 'key',
    body: {
      business_token: 'b',
      general_data: general,
      category_fields: {},
      landline_numbers: ['02100000000'],
    },
    answer: { post_token: 'QNEW' },
  },
  {
    name: 'submitUserPost',
    invoke: (c) =>
      c.submitUserPost({
        business_token: 'b',
        general_data: general,
        category_fields: { size: 80 },
      }),
    method: 'POST',
    path: '/experimental/open-platform/user-posts/new',
    auth: 'user',
    body: { business_token: 'b', general_data: general, category_fields: { size: 80 } },
    answer: { post_token: 'QNEW' },
  },
  {
    name: 'cities',
    invoke: (c) => c.cities(),
    method: 'GET',
    path: '/v1/open-platform/assets/city',
    auth: 'optional',
    answer: { cities: [{ slug: 'tehran', display: 'تهران' }] },
  },
  {
    name: 'districts',
    invoke: (c) => c.districts(),
    method: 'GET',
    path: '/v1/open-platform/assets/district',
    auth: 'optional',
    answer: { districts: [{ slug: 'abshar' }] },
  },
  {
    name: 'districts of a city',
    invoke: (c) => c.districts('karaj'),
    method: 'GET',
    path: '/v1/open-platform/assets/district/karaj',
    auth: 'optional',
    answer: { districts: [] },
  },
  {
    name: 'categories',
    invoke: (c) => c.categories(),
    method: 'GET',
    path: '/v1/open-platform/assets/category',
    auth: 'optional',
    answer: { categories: [{ slug: 'light', display: 'سواری' }] },
  },
  {
    name: 'brandModels',
    invoke: (c) => c.brandModels('light'),
    method: 'GET',
    path: '/v1/open-platform/assets/brand-model/light',
    auth: 'optional',
    answer: { brand_models: [{ slug: 'peugeot 206' }] },
  },
  {
    name: 'colors',
    invoke: (c) => c.colors('light'),
    method: 'GET',
    path: '/v1/open-platform/assets/color/light',
    auth: 'optional',
    answer: { colors: [{ slug: 'white' }] },
  },
  {
    name: 'submitSchema',
    invoke: (c) => c.submitSchema('apartment-sell'),
    method: 'GET',
    path: '/v1/open-platform/assets/submit-schema/apartment-sell',
    auth: 'optional',
    answer: { schema: { type: 'object' } },
  },
];

describe('the Kenar client, endpoint by endpoint', () => {
  it.each(ROWS)(
    '$name: sends $method $path with the right credentials and reads the answer',
    async (row) => {
      const { client, seen } = fakeClient(() => json(row.answer));
      expect(await row.invoke(client)).toEqual(row.expected ?? row.answer);
      const [request] = seen;
      expect(seen).toHaveLength(1);
      expect(request?.method).toBe(row.method);
      expect(request?.url).toBe(`https://open-api.divar.ir${row.path}`);
      expect(request?.headers['x-api-key']).toBe('KEY');
      expect(request?.headers.authorization).toBe(row.auth === 'user' ? 'Bearer AT1' : undefined);
      expect(request?.body === undefined ? undefined : JSON.parse(request.body)).toEqual(row.body);
      if (row.body) expect(request?.headers['content-type']).toBe('application/json');
    },
  );

  it('lets assets go without a key, and stops key calls before sending when there is none', async () => {
    const { client, seen } = fakeClient(() => json({ cities: [] }), null);
    await client.cities();
    expect(seen[0]?.headers['x-api-key']).toBeUndefined();
    await expect(client.getPost('gAbc1234')).rejects.toMatchObject({ kind: 'kenar-no-key' });
    expect(seen).toHaveLength(1);
  });

  it('checks bodies against the schema before sending', async () => {
    const { client, seen } = fakeClient(() => json({}));
    // A wrong button type (as an untyped caller might send) is refused before the request.
    const wrong = { customized_button: { type: 'SHOUT', action: {} } } as never;
    await expect(client.setPostButton('gAbc1234', wrong)).rejects.toMatchObject({
      kind: 'kenar-invalid',
    });
    expect(seen).toHaveLength(0);
  });

  it('url-encodes path parameters', async () => {
    const { client, seen } = fakeClient(() => json({}));
    await client.getPost('a/b?c');
    expect(seen[0]?.url).toBe('https://open-api.divar.ir/v1/open-platform/finder/post/a%2Fb%3Fc');
  });

  it('falls back to the older POST users when GET is not there', async () => {
    const { client, seen } = fakeClient((_r, i) =>
      i === 0 ? json({ code: 12, message: 'Method Not Allowed' }, 405) : json({ user_id: 'u1' }),
    );
    expect(await client.getUser()).toEqual({ user_id: 'u1' });
    expect(seen.map((r) => r.method)).toEqual(['GET', 'POST']);
  });

  it('renews the access token once after a 401 on a user call', async () => {
    const { client, seen, renewals } = fakeClient((_r, i) =>
      i === 0
        ? json({ code: 16, message: 'access token is invalid or expired' }, 401)
        : json({ posts: [] }),
    );
    expect(await client.getUserPosts()).toEqual({ posts: [] });
    expect(seen.map((r) => r.headers.authorization)).toEqual(['Bearer AT1', 'Bearer AT2']);
    expect(renewals).toEqual([false, true]);
  });
});

describe('uploads', () => {
  it('sends the image to the v2 URL with the key and an empty Authorization', async () => {
    const { client, seen } = fakeClient((request) =>
      request.url.endsWith('upload-urls')
        ? json({
            image: {
              url: 'https://open-api.divar.ir/v8/upload/post/live-post-image',
              http_method: 'POST',
            },
          })
        : json({ path: 'abc.jpg', photo_url: 'https://s100.divarcdn.com/abc.jpg' }),
    );
    const answer = await client.uploadImage(
      new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }),
    );
    expect(answer.path).toBe('abc.jpg');
    expect(seen[1]).toMatchObject({ method: 'POST', body: 'blob:3:image/jpeg' });
    expect(seen[1]?.headers).toMatchObject({
      'x-api-key': 'KEY',
      authorization: '',
      'content-type': 'image/jpeg',
    });
  });

  it('uses the deprecated v1 URL too, and never sends the key off the Kenar host', async () => {
    const { client, seen } = fakeClient((request) =>
      request.url.endsWith('image-upload-url')
        ? json({ upload_url: 'https://open-api.divar.ir/up?t=1' })
        : json({ path: 'p.jpg' }),
    );
    expect((await client.uploadImageV1(new Blob(['x'], { type: 'image/jpeg' }))).path).toBe(
      'p.jpg',
    );
    expect(seen[1]?.url).toBe('https://open-api.divar.ir/up?t=1');
    const evil = fakeClient(() =>
      json({ image: { url: 'https://evil.example/upload', http_method: 'POST' } }),
    );
    await expect(evil.client.uploadImage(new Blob(['x']))).rejects.toMatchObject({
      kind: 'schema',
    });
    expect(evil.seen).toHaveLength(1);
  });
});
