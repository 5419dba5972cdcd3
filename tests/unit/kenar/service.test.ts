/** The background's Kenar service against the replica: settings, OAuth, own posts, quota. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { KenarService } from '@/lib/kenar/service';
import { createReplicaFetch, type Replica, startReplica } from '../../replica/index.ts';
import { DEMO_APP } from '../../replica/kenar/state.ts';
import { control, TEST_REDIRECT } from '../../replica/kenar/test-support.ts';
import { replicaService } from './replica-service.ts';

let replica: Replica;
let fetch: typeof globalThis.fetch;
let kenar: KenarService;
let mine: string[];
let launched: string[];

beforeAll(async () => {
  replica = await startReplica({ seed: 7, corpusSize: 300 });
  fetch = createReplicaFetch(replica);
});
afterAll(() => replica.close());

beforeEach(async () => {
  mine = (await control(fetch, 'reset')).posts.map((p: { token: string }) => p.token);
  ({ kenar, launched } = await replicaService(fetch));
});

describe('settings and the key', () => {
  it('reports what is set without giving secrets back', async () => {
    const status = await kenar.status();
    expect(status).toMatchObject({
      hasKey: true,
      keyHint: '…-key',
      appSlug: DEMO_APP.slug,
      hasSecret: true,
      connected: false,
      redirectUri: TEST_REDIRECT,
    });
    expect(JSON.stringify(status)).not.toContain(DEMO_APP.clientSecret);
    expect(JSON.stringify(status)).not.toContain(DEMO_APP.apiKey);
  });

  it('tests the key: accepted, wrong, or without the GET_POST permission', async () => {
    expect(await kenar.testKey()).toEqual({ valid: true, canGetPost: true });
    await control(fetch, 'apps', { slug: DEMO_APP.slug, permissions: ['SEARCH_POST'] });
    expect(await kenar.testKey()).toEqual({ valid: true, canGetPost: false });
    await kenar.saveSettings({ apiKey: 'wrong' });
    await expect(kenar.testKey()).rejects.toMatchObject({ kind: 'kenar-bad-key' });
    await kenar.saveSettings({ apiKey: '' });
    await expect(kenar.testKey()).rejects.toMatchObject({ kind: 'kenar-no-key' });
  });

  it('finds a user id by phone, refusing a malformed number before sending', async () => {
    expect((await kenar.userIdByPhone('۰۹۱۲۰۰۰۰۰۰۱')).userId).toMatch(/^u/);
    await expect(kenar.userIdByPhone('12345')).rejects.toMatchObject({
      kind: 'kenar-invalid',
      message: 'phone: bad-phone',
    });
  });
});

describe('connected', () => {
  beforeEach(async () => {
    await kenar.connect();
  });

  it('connects with the base scopes and lists the user’s posts', async () => {
    expect(new URL(launched[0] ?? '').searchParams.get('scope')).toBe(
      'offline_access USER_POSTS_GET USER_POSTS_STATS_READ',
    );
    expect((await kenar.status()).connected).toBe(true);
    expect((await kenar.myPosts()).map((p) => p.token)).toEqual(mine);
    const stats = await kenar.stats(mine[0] ?? '');
    expect(stats.views?.daily).toHaveLength(7);
  });

  it('asks for a missing scope only when needed, then edits title and description', async () => {
    const token = mine[0] ?? '';
    await expect(
      kenar.edit(token, { title: 'آپارتمان روشن', description: 'نوساز' }),
    ).rejects.toMatchObject({ kind: 'kenar-missing-scope', message: 'needs EDIT_USER_POST' });
    await kenar.connect('edit', token);
    expect(new URL(launched[1] ?? '').searchParams.get('scope')).toContain('EDIT_USER_POST');
    await kenar.edit(token, { title: 'آپارتمان روشن', description: 'نوساز' });
    expect((await kenar.userPost(token)).general_data).toMatchObject({
      title: 'آپارتمان روشن',
      description: 'نوساز',
    });
    await expect(kenar.edit(token, { title: 'اب', description: 'x' })).rejects.toMatchObject({
      kind: 'kenar-invalid',
      message: 'title: too-short',
    });
  });

  it('falls back to POST_EDIT.<token> when the app is refused the global scope', async () => {
    const token = mine[1] ?? '';
    await control(fetch, 'apps', {
      slug: DEMO_APP.slug,
      scopes: ['USER_POSTS_GET', 'USER_POSTS_STATS_READ', 'POST_EDIT'],
    });
    await expect(kenar.connect('edit', token)).rejects.toMatchObject({
      kind: 'kenar-missing-scope',
    });
    await kenar.connect('edit', token);
    expect(new URL(launched.at(-1) ?? '').searchParams.get('scope')).toContain(
      `POST_EDIT.${token}`,
    );
    await kenar.edit(token, { title: 'تازه شده', description: 'd' });
    await control(fetch, 'posts', { token, expired: true });
    await expect(kenar.edit(token, { title: 'دوباره', description: 'd' })).rejects.toMatchObject({
      kind: 'kenar-post-expired',
    });
  });

  it('sets and removes a button, deletes a post, and refreshes an expired token by itself', async () => {
    const token = mine[2] ?? '';
    await kenar.connect('button');
    await kenar.connect('delete');
    await kenar.setButton(token, {
      type: 'EXTERNAL_PRODUCT_STORE',
      link: 'https://shop.example/1',
    });
    const state = await control(fetch, 'expire-tokens');
    expect(state.posts[2].button.action).toEqual({ open_direct_link: 'https://shop.example/1' });
    await kenar.deleteButton(token); // 401, refresh, retry
    await kenar.delete(token);
    expect((await kenar.myPosts()).map((p) => p.token)).not.toContain(token);
    await expect(kenar.getPost(token)).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('search', () => {
  it('spends one call per search and stops at 100', async () => {
    const first = await kenar.search({ city: 'tehran', category: 'apartment-sell' });
    expect(first.posts.length).toBeGreaterThan(0);
    expect(first.quota).toEqual({ used: 1, left: 99, limit: 100 });
    await control(fetch, 'apps', { slug: DEMO_APP.slug, searchUsed: 100 });
    await expect(kenar.search({ city: 'tehran', category: 'light' })).rejects.toMatchObject({
      kind: 'kenar-quota',
    });
    expect((await kenar.status()).quota.left).toBe(0);
  });
});
