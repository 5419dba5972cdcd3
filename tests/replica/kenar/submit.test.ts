import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestReplica, type TestReplica } from '../test-support.ts';
import { connectDemo, control, kenarCall } from './test-support.ts';

let t: TestReplica;
let access: string;
beforeAll(async () => {
  t = await startTestReplica({ seed: 5, corpusSize: 300 });
});
beforeEach(async () => {
  await control(t.fetch, 'reset');
  access = (
    await connectDemo(t.fetch, ['SUBMIT_USER_POST', 'USER_POSTS_GET', 'USER_BUSINESSES_READ'])
  ).access_token;
});
afterAll(() => t.replica.close());

const IMAGE = 'https://open-api.divar.ir/v8/upload/post/live-post-image';
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 7, 7]);
const put = (url: string, body: Uint8Array<ArrayBuffer>, type = 'image/jpeg', authorization = '') =>
  t.fetch(url, {
    method: 'POST',
    headers: { 'x-api-key': 'demo-kenar-api-key', authorization, 'content-type': type },
    body,
  });
const call = (method: string, path: string, body?: unknown) =>
  kenarCall(t.fetch, method, path, { token: access, body });

const general = (images: string[] = []) => ({
  category_slug: 'apartment-sell',
  title: 'آپارتمان ۹۰ متری',
  description: 'نوساز',
  images,
  city: 'tehran',
  location_type: 'LOCATION_TYPE_EMPTY',
  hide_phone: false,
  chat_enabled: true,
});
const fields = { size: 90, rooms: '2', building: { floor: 4 }, amenities: ['lobby'] };
const submit = (body: Record<string, unknown>) =>
  call('POST', '/experimental/open-platform/user-posts/new', {
    business_token: 'bPersonal01',
    general_data: general(),
    category_fields: fields,
    ...body,
  });

describe('uploads', () => {
  it('checks the type, the bytes, the size and the Authorization header', async () => {
    expect((await put(IMAGE, JPEG, 'text/plain')).status).toBe(400);
    expect((await (await put(IMAGE, new Uint8Array([1, 2, 3]))).json()).message).toMatch(
      /not a JPEG/,
    );
    expect((await put(IMAGE, JPEG, 'image/jpeg', 'Bearer x')).status).toBe(400);
    await control(t.fetch, 'faults', { imageMaxBytes: 4 });
    const large = await put(IMAGE, JPEG);
    expect(large.status).toBe(413);
    expect((await large.json()).message).toMatch(/at most 4 bytes/);
    await control(t.fetch, 'faults', { imageMaxBytes: 2_000_000 });
    expect((await (await put(IMAGE, JPEG)).json()).path).toMatch(/\.jpg$/);
  });

  it('takes a v1 upload only with a ticket it handed out, once', async () => {
    const { upload_url } = await (
      await kenarCall(t.fetch, 'GET', '/v1/open-platform/post/image-upload-url')
    ).json();
    expect((await put(upload_url, JPEG)).status).toBe(200);
    expect((await put(upload_url, JPEG)).status).toBe(404);
    expect((await put(`${IMAGE}?ticket=made-up`, JPEG)).status).toBe(404);
  });

  it('refuses upload-urls v2 when told to, so the app falls back to v1', async () => {
    await control(t.fetch, 'faults', { refuseUploadV2: true });
    const refused = await kenarCall(t.fetch, 'GET', '/v2/open-platform/post/upload-urls');
    expect(refused.status).toBe(403);
  });
});

describe('submit', () => {
  it('makes a post waiting for payment, in the user posts and the finder', async () => {
    const { path } = await (await put(IMAGE, JPEG)).json();
    const response = await submit({ general_data: general([path]) });
    const { post_token } = await response.json();
    const { posts } = await (await call('GET', '/v1/open-platform/finder/user-posts')).json();
    expect(posts.map((p: { token: string }) => p.token)).toContain(post_token);
    const record = await (
      await kenarCall(t.fetch, 'GET', `/v1/open-platform/finder/post/${post_token}`)
    ).json();
    expect(record).toMatchObject({ state: 'PAYMENT_REQ', category: 'apartment-sell' });
    expect(record.data).toMatchObject({ size: 90, building: { floor: 4 } });
    expect(record.data.images[0]).toMatch(new RegExp(`${path}$`));
  });

  it('checks images, the category schema (nested too) and the business', async () => {
    const message = async (response: Promise<Response>) => (await (await response).json()).message;
    expect(await message(submit({ general_data: general(['x.jpg']) }))).toMatch(
      /images\[0\]: x.jpg was not uploaded/,
    );
    expect(await message(submit({ category_fields: { size: 90 } }))).toMatch(
      /category_fields.rooms: required/,
    );
    expect(
      await message(submit({ category_fields: { ...fields, building: { floor: 999 } } })),
    ).toMatch(/category_fields.building.floor: must be at most 200/);
    expect(await message(submit({ category_fields: { ...fields, pool: true } }))).toMatch(
      /not a field/,
    );
    expect(await message(submit({ business_token: 'nope' }))).toMatch(/business nope not found/);
    await control(t.fetch, 'sign-in', { phone: '09129999999' });
    const other = (await connectDemo(t.fetch, ['SUBMIT_USER_POST'])).access_token;
    const denied = await kenarCall(t.fetch, 'POST', '/experimental/open-platform/user-posts/new', {
      token: other,
      body: { business_token: 'bPersonal01', general_data: general(), category_fields: fields },
    });
    expect(denied.status).toBe(403);
  });

  it('needs the scope, says can_submit false when told to, and runs out of daily quota', async () => {
    const bare = (await connectDemo(t.fetch, ['USER_POSTS_GET'])).access_token;
    const noScope = await kenarCall(t.fetch, 'POST', '/experimental/open-platform/user-posts/new', {
      token: bare,
      body: { business_token: 'bPersonal01', general_data: general(), category_fields: fields },
    });
    expect((await noScope.json()).message).toBe('missing scope: one of SUBMIT_USER_POST');
    const can = () => call('GET', '/experimental/open-platform/user-posts/can-submit');
    expect(await (await can()).json()).toEqual({ can_submit: true });
    await control(t.fetch, 'faults', { cannotSubmit: true, rateLimitNext: 1 });
    const limited = await can();
    expect(limited.status).toBe(429);
    expect((await limited.json()).message).toMatch(/daily quota/);
    expect(await (await can()).json()).toEqual({});
  });

  it('makes a provider post for a business with v2 (API key only)', async () => {
    const response = await kenarCall(t.fetch, 'POST', '/experimental/open-platform/posts/new-v2', {
      body: { business_token: 'bAftab0001', general_data: general(), category_fields: fields },
    });
    const { post_token } = await response.json();
    const { posts } = await (await call('GET', '/v1/open-platform/finder/user-posts')).json();
    expect(posts.map((p: { token: string }) => p.token)).toContain(post_token);
  });
});

describe('businesses and their button', () => {
  it('lists the user’s businesses and sets a button on all their posts with the business scope', async () => {
    const { businesses } = await (await call('GET', '/v1/open-platform/user/businesses')).json();
    expect(businesses.map((b: { business_token: string }) => b.business_token)).toEqual([
      'bPersonal01',
      'bAftab0001',
    ]);
    const path = '/experimental/open-platform/business/bAftab0001/customized-button';
    const body = {
      customized_button: { type: 'ONLINE_CALL', action: { open_direct_link: 'https://a.example' } },
    };
    expect((await call('POST', path, body)).status).toBe(403);
    const scoped = (await connectDemo(t.fetch, ['BUSINESS_CREATE_CUSTOMIZED_BUTTON.bAftab0001']))
      .access_token;
    const set = await kenarCall(t.fetch, 'POST', path, { token: scoped, body });
    expect(set.status).toBe(200);
    let state = await control(t.fetch, 'faults', {});
    expect(state.businessButtons.bAftab0001).toEqual(body.customized_button);
    expect((await kenarCall(t.fetch, 'DELETE', path)).status).toBe(200);
    state = await control(t.fetch, 'faults', {});
    expect(state.businessButtons).toEqual({});
    // Consent to another user's business is refused.
    await control(t.fetch, 'sign-in', { phone: '09129999999' });
    await expect(
      connectDemo(t.fetch, ['BUSINESS_CREATE_CUSTOMIZED_BUTTON.bAftab0001']),
    ).rejects.toThrow(/access_denied/);
  });
});
