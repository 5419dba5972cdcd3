import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestReplica, type TestReplica } from '../test-support.ts';
import { DEMO_APP } from './state.ts';
import {
  connectDemo,
  control,
  kenarCall,
  TEST_CHALLENGE,
  TEST_REDIRECT,
  TEST_VERIFIER,
} from './test-support.ts';

let t: TestReplica;
beforeAll(async () => {
  t = await startTestReplica({ seed: 5, corpusSize: 400 });
});
beforeEach(() => control(t.fetch, 'reset'));
afterAll(() => t.replica.close());

function authorizeUrl(params: Record<string, string>) {
  const url = new URL('https://oauth.divar.ir/oauth2/auth');
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: DEMO_APP.slug,
    redirect_uri: TEST_REDIRECT,
    scope: 'offline_access USER_POSTS_GET',
    state: 'a-state-value',
    code_challenge: TEST_CHALLENGE,
    code_challenge_method: 'S256',
    ...params,
  }).toString();
  return url.href;
}

/** A form post to oauth.divar.ir as the demo app (its id and secret in the form). */
const oauthPost = (path: string, form: Record<string, string>) =>
  t.fetch(`https://oauth.divar.ir${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: DEMO_APP.slug,
      client_secret: DEMO_APP.clientSecret,
      ...form,
    }),
  });

const token = (form: Record<string, string>) =>
  oauthPost('/oauth2/token', {
    redirect_uri: TEST_REDIRECT,
    code_verifier: TEST_VERIFIER,
    ...form,
  });

/** A code from an authorization approved at once (the app's consent set to `auto`). */
const freshCode = async () =>
  new URL((await t.fetch(authorizeUrl({}))).headers.get('location') ?? '').searchParams.get(
    'code',
  ) ?? '';

/** Exchanges a fresh code, with `form` over the right verifier and redirect URL. */
const exchangeFresh = async (form: Record<string, string> = {}) =>
  token({ grant_type: 'authorization_code', code: await freshCode(), ...form });

describe('oauth.divar.ir/oauth2/auth', () => {
  it('shows a consent page whose approval redirects back with code and state', async () => {
    const page = await t.fetch(authorizeUrl({}));
    const html = await page.text();
    expect(html).toContain('USER_POSTS_GET');
    const approve = /id="approve"[^>]*href="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    const back = await t.fetch(`https://oauth.divar.ir${approve}`);
    expect(back.status).toBe(302);
    const location = new URL(back.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(TEST_REDIRECT);
    expect(location.searchParams.get('state')).toBe('a-state-value');
    expect(location.searchParams.get('code')).toMatch(/^ory_ac_/);
  });

  it('redirects back with access_denied when the user refuses', async () => {
    const html = await (await t.fetch(authorizeUrl({}))).text();
    const deny = /id="deny"[^>]*href="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    const back = new URL(
      (await t.fetch(`https://oauth.divar.ir${deny}`)).headers.get('location') ?? '',
    );
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('code')).toBeNull();
  });

  it('refuses unregistered redirect URLs and unknown apps with an error page', async () => {
    const foreign = await t.fetch(authorizeUrl({ redirect_uri: 'https://evil.example/kenar' }));
    expect(foreign.status).toBe(400);
    const withQuery = await t.fetch(authorizeUrl({ redirect_uri: `${TEST_REDIRECT}?x=1` }));
    expect(withQuery.status).toBe(400);
    expect((await t.fetch(authorizeUrl({ client_id: 'nobody' }))).status).toBe(400);
  });

  it('redirects with invalid_scope for unknown or unapproved scopes, invalid_state for a short state', async () => {
    const unknown = await t.fetch(authorizeUrl({ scope: 'FLY_TO_MOON' }));
    expect(new URL(unknown.headers.get('location') ?? '').searchParams.get('error')).toBe(
      'invalid_scope',
    );
    await control(t.fetch, 'apps', {
      slug: DEMO_APP.slug,
      scopes: ['USER_POSTS_GET', 'POST_EDIT'],
    });
    const refused = await t.fetch(authorizeUrl({ scope: 'EDIT_USER_POST' }));
    expect(new URL(refused.headers.get('location') ?? '').searchParams.get('error')).toBe(
      'invalid_scope',
    );
    const perPost = await t.fetch(authorizeUrl({ scope: 'POST_EDIT.abc' }));
    expect(perPost.status).toBe(200);
    const short = await t.fetch(authorizeUrl({ state: 'x' }));
    expect(new URL(short.headers.get('location') ?? '').searchParams.get('error')).toBe(
      'invalid_state',
    );
  });
});

describe('PKCE', () => {
  const errorOf = async (response: Response) =>
    new URL(response.headers.get('location') ?? '').searchParams.get('error_description');

  it('requires an S256 code_challenge on every authorization request', async () => {
    expect(await errorOf(await t.fetch(authorizeUrl({ code_challenge: '' })))).toMatch(/required/);
    const plain = await t.fetch(authorizeUrl({ code_challenge_method: 'plain' }));
    expect(await errorOf(plain)).toMatch(/S256/);
  });

  it('exchanges a code only with the verifier its challenge was made from', async () => {
    await control(t.fetch, 'apps', { slug: DEMO_APP.slug, consent: 'auto' });
    const wrong = await exchangeFresh({ code_verifier: `${TEST_VERIFIER}x` });
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' });
    expect((await exchangeFresh({ code_verifier: '' })).status).toBe(400);
    expect((await exchangeFresh()).status).toBe(200);
  });
});

describe('oauth.divar.ir/oauth2/revoke', () => {
  const revoke = (form: Record<string, string>) => oauthPost('/oauth2/revoke', form);

  it('revokes a refresh token and every access token of its consent; 200 with no body', async () => {
    const answer = await connectDemo(t.fetch, ['offline_access', 'USER_POSTS_GET']);
    const revoked = await revoke({
      token: answer.refresh_token ?? '',
      token_type_hint: 'refresh_token',
    });
    expect([revoked.status, await revoked.text()]).toEqual([200, '']);
    const posts = await kenarCall(t.fetch, 'GET', '/v1/open-platform/finder/user-posts', {
      token: answer.access_token,
    });
    expect(posts.status).toBe(401);
    const refresh = await token({
      grant_type: 'refresh_token',
      refresh_token: answer.refresh_token ?? '',
    });
    expect(refresh.status).toBe(400);
  });

  it('answers 200 for an unknown token, 401 for a wrong client', async () => {
    expect((await revoke({ token: 'ory_rt_nothing' })).status).toBe(200);
    expect((await revoke({ token: 'x', client_secret: 'wrong' })).status).toBe(401);
  });
});

describe('oauth.divar.ir/oauth2/token', () => {
  it('exchanges a code once, with the right secret and redirect URL', async () => {
    await control(t.fetch, 'apps', { slug: DEMO_APP.slug, consent: 'auto' });
    const first = await freshCode();
    expect(
      (await token({ grant_type: 'authorization_code', code: first, client_secret: 'wrong' }))
        .status,
    ).toBe(401);
    const ok = await token({ grant_type: 'authorization_code', code: first });
    const answer = await ok.json();
    expect(answer).toMatchObject({
      token_type: 'bearer',
      expires_in: 3600,
      scope: 'offline_access USER_POSTS_GET',
    });
    expect(answer.refresh_token).toMatch(/^ory_rt_/);
    const reused = await token({ grant_type: 'authorization_code', code: first });
    expect(await reused.json()).toMatchObject({ error: 'invalid_grant' });
    const other = await exchangeFresh({ redirect_uri: 'https://x.chromiumapp.org/y' });
    expect(other.status).toBe(400);
  });

  it('rotates refresh tokens: the new pair works, the old refresh token does not', async () => {
    const first = await connectDemo(t.fetch, ['offline_access', 'USER_POSTS_GET']);
    const refreshed = await (
      await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token ?? '' })
    ).json();
    expect(refreshed.access_token).not.toBe(first.access_token);
    expect(refreshed.refresh_token).not.toBe(first.refresh_token);
    const again = await token({
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token ?? '',
    });
    expect(again.status).toBe(400);
    const posts = await kenarCall(t.fetch, 'GET', '/v1/open-platform/finder/user-posts', {
      token: refreshed.access_token,
    });
    expect(posts.status).toBe(200);
  });

  it('gives no refresh token without offline_access, and expired access tokens get 401', async () => {
    const answer = await connectDemo(t.fetch, ['USER_POSTS_GET']);
    expect(answer.refresh_token).toBeUndefined();
    await control(t.fetch, 'expire-tokens');
    const response = await kenarCall(t.fetch, 'GET', '/v1/open-platform/finder/user-posts', {
      token: answer.access_token,
    });
    expect(response.status).toBe(401);
    expect((await response.json()).message).toMatch(/invalid or expired/);
  });
});
