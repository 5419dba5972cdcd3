import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestReplica, type TestReplica } from '../test-support.ts';
import { connectDemo, control, kenarCall } from './test-support.ts';

let t: TestReplica;
let access: string;
let mine: string[];
beforeAll(async () => {
  t = await startTestReplica({ seed: 5, corpusSize: 400 });
});
beforeEach(async () => {
  const state = await control(t.fetch, 'reset');
  mine = state.posts.map((post: { token: string }) => post.token);
  access = (
    await connectDemo(t.fetch, [
      'USER_POSTS_GET',
      'USER_POSTS_STATS_READ',
      'EDIT_USER_POST',
      'DELETE_USER_POST',
      'USER_SET_CUSTOMIZED_BUTTON',
      'USER_ID',
    ])
  ).access_token;
});
afterAll(() => t.replica.close());

const call = (method: string, path: string, body?: unknown) =>
  kenarCall(t.fetch, method, path, { token: access, body });
const notMine = () =>
  t.replica.corpus.listings.find((l) => l.source === 'generated' && !mine.includes(l.token))
    ?.token ?? '';

describe('the signed-in user and their posts', () => {
  it('lists three seeded own posts and the per-app user id', async () => {
    expect(mine).toHaveLength(3);
    const { posts } = await (await call('GET', '/v1/open-platform/finder/user-posts')).json();
    expect(posts.map((p: { token: string }) => p.token)).toEqual(mine);
    const user = await (await call('GET', '/v1/open-platform/users')).json();
    expect(user.user_id).toMatch(/^u/);
    expect(user.phone_number).toBeUndefined(); // USER_PHONE was not granted
  });

  it('gives 7 days of stats with zero counts omitted', async () => {
    const stats = await (
      await call('GET', `/experimental/open-platform/posts/${mine[0]}/stats`)
    ).json();
    expect(stats.views.daily).toHaveLength(7);
    expect(stats.views.daily.filter((d: { count?: number }) => d.count === undefined)).toHaveLength(
      1,
    );
    expect(stats.views.total).toBe(
      stats.views.daily.reduce((s: number, d: { count?: number }) => s + (d.count ?? 0), 0),
    );
  });

  it('refuses another user’s post with 403 and a missing scope with 403', async () => {
    expect((await call('GET', `/v1/open-platform/user-post/${notMine()}`)).status).toBe(404);
    await control(t.fetch, 'posts', { token: notMine(), phone: '09129999999' });
    const other = await call('DELETE', `/v1/open-platform/post/${notMine()}`);
    expect(await other.json()).toMatchObject({
      code: 7,
      message: 'post does not belong to the user',
    });
    const v1 = await call('PUT', `/v1/open-platform/post/${mine[0]}`, {
      title: 'عنوان تازه',
      description: 'x',
    });
    expect(v1.status).toBe(403);
    expect((await v1.json()).message).toBe(`missing scope: one of POST_EDIT.${mine[0]}`);
  });

  it('edits only the masked fields with edit v2, checking the title and the expiry', async () => {
    const { general_data } = await (
      await call('GET', `/v1/open-platform/user-post/${mine[0]}`)
    ).json();
    const body = {
      update_mask: ['general_data.title'],
      general_data: { ...general_data, title: 'آپارتمان نو', description: 'ignored' },
    };
    expect((await call('PUT', `/v2/open-platform/post/${mine[0]}`, body)).status).toBe(200);
    const after = await (await call('GET', `/v1/open-platform/user-post/${mine[0]}`)).json();
    expect(after.general_data).toMatchObject({
      title: 'آپارتمان نو',
      description: general_data.description,
    });
    const record = await (
      await kenarCall(t.fetch, 'GET', `/v1/open-platform/finder/post/${mine[0]}`)
    ).json();
    expect(record.data.title).toBe('آپارتمان نو');
    const short = await call('PUT', `/v2/open-platform/post/${mine[0]}`, {
      ...body,
      general_data: { ...general_data, title: 'ab' },
    });
    expect(await short.json()).toMatchObject({ code: 3, message: expect.stringMatching(/^title/) });
    const noRequired = await call('PUT', `/v2/open-platform/post/${mine[0]}`, {
      update_mask: ['general_data.title'],
      general_data: { title: 'کافی است' },
    });
    expect((await noRequired.json()).message).toMatch(/required/);
    await control(t.fetch, 'posts', { token: mine[0], expired: true });
    const expired = await call('PUT', `/v2/open-platform/post/${mine[0]}`, body);
    expect(expired.status).toBe(412);
    expect(await expired.json()).toMatchObject({
      code: 9,
      message: expect.stringMatching(/expired/),
    });
  });

  it('sets and removes a customised button with exactly one action', async () => {
    const path = `/experimental/open-platform/posts/${mine[1]}/customized-button`;
    const two = {
      customized_button: {
        type: 'ONLINE_CALL',
        action: { open_direct_link: 'https://a.example', open_post_page: { post_token: 'x' } },
      },
    };
    expect((await call('POST', path, two)).status).toBe(400);
    const badType = {
      customized_button: { type: 'SHOUT', action: { open_direct_link: 'https://a.example' } },
    };
    expect((await call('POST', path, badType)).status).toBe(400);
    const ok = {
      customized_button: { type: 'ONLINE_CALL', action: { open_direct_link: 'https://a.example' } },
    };
    expect(await (await call('POST', path, ok)).json()).toEqual({});
    let state = await control(t.fetch, 'apps', { slug: 'divar-actions-demo' });
    expect(state.posts[1].button).toEqual(ok.customized_button);
    expect((await call('DELETE', path)).status).toBe(200);
    state = await control(t.fetch, 'apps', { slug: 'divar-actions-demo' });
    expect(state.posts[1].button).toBeUndefined();
  });

  it('deletes a post: gone from the user posts and from the finder', async () => {
    expect((await call('DELETE', `/v1/open-platform/post/${mine[2]}`)).status).toBe(200);
    const { posts } = await (await call('GET', '/v1/open-platform/finder/user-posts')).json();
    expect(posts.map((p: { token: string }) => p.token)).not.toContain(mine[2]);
    expect(
      (await kenarCall(t.fetch, 'GET', `/v1/open-platform/finder/post/${mine[2]}`)).status,
    ).toBe(404);
  });

  it('hands out upload URLs and takes an image with the key and an empty Authorization', async () => {
    const urls = await (
      await kenarCall(t.fetch, 'GET', '/v2/open-platform/post/upload-urls')
    ).json();
    expect(urls.image).toEqual({
      url: 'https://open-api.divar.ir/v8/upload/post/live-post-image',
      http_method: 'POST',
    });
    const upload = (authorization: string) =>
      t.fetch(urls.image.url, {
        method: 'POST',
        headers: { 'x-api-key': 'demo-kenar-api-key', authorization, 'content-type': 'image/jpeg' },
        body: new Uint8Array([0xff, 0xd8, 0xff]),
      });
    expect((await upload(`Bearer ${access}`)).status).toBe(400);
    expect((await (await upload('')).json()).path).toMatch(/\.jpg$/);
  });

  it('submits a user post that waits for payment', async () => {
    const again = await connectDemo(t.fetch, ['SUBMIT_USER_POST', 'USER_POSTS_GET']);
    const general = {
      category_slug: 'apartment-sell',
      title: 'آپارتمان ۸۰ متری',
      description: 'نو',
      images: [],
      city: 'tehran',
      location_type: 'LOCATION_TYPE_EMPTY',
      hide_phone: false,
      chat_enabled: true,
    };
    const response = await kenarCall(
      t.fetch,
      'POST',
      '/experimental/open-platform/user-posts/new',
      {
        token: again.access_token,
        body: {
          business_token: 'bPersonal01',
          general_data: general,
          category_fields: { size: 80, rooms: '2' },
        },
      },
    );
    const { post_token } = await response.json();
    const post = await (
      await kenarCall(t.fetch, 'GET', `/v1/open-platform/user-post/${post_token}`, {
        token: again.access_token,
      })
    ).json();
    expect(post.state).toBe('POST_STATE_WAITING_FOR_PAYMENT');
  });
});
