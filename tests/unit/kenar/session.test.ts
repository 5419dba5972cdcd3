import { describe, expect, it } from 'vitest';
import { createFakeClock } from '@/lib/http/clock';
import { createHttp } from '@/lib/http/request';
import { withKenarErrors } from '@/lib/kenar/kenar-errors';
import { createKenarSession } from '@/lib/kenar/session';
import { createKenarStore } from '@/lib/kenar/store';
import { json, type SeenRequest, scriptedFetch } from './fake-kenar.ts';
import { memoryArea } from './memory-area.ts';

const REDIRECT = 'https://ext.chromiumapp.org/kenar';

function setup(
  answer: (request: SeenRequest, index: number) => Response,
  launch?: (url: string) => Promise<string>,
) {
  const area = memoryArea({
    'local:kenar:settings:v1': { apiKey: 'K', appSlug: 'my-app', clientSecret: 'sec' },
  });
  const store = createKenarStore(area);
  const clock = createFakeClock(1_000_000);
  const { fetch, seen } = scriptedFetch(answer);
  const request = createHttp(
    { fetch: withKenarErrors(fetch), clock, random: () => 0 },
    { timeoutMs: 5_000, retries: 0, baseDelayMs: 1, maxDelayMs: 1 },
  );
  const launched: string[] = [];
  const session = createKenarSession({
    store,
    request,
    clock,
    redirectUri: REDIRECT,
    randomState: () => 'state-0001',
    pkce: async () => ({ verifier: 'the-verifier', challenge: 'the-challenge' }),
    launchAuthFlow:
      launch ??
      (async (url) => {
        launched.push(url);
        return `${REDIRECT}?code=C1&state=state-0001`;
      }),
  });
  return { session, store, seen, launched, clock, area };
}

const tokens = (expiresAt: number, scopes = ['USER_POSTS_GET']) => ({
  accessToken: 'AT1',
  refreshToken: 'RT1',
  expiresAt,
  scopes,
});

describe('connecting', () => {
  it('asks for the base scopes plus those granted plus the new one, and keeps what was granted', async () => {
    const { session, store, launched } = setup(() =>
      json({
        access_token: 'AT1',
        refresh_token: 'RT1',
        expires_in: 3600,
        scope: 'offline_access USER_POSTS_GET USER_POSTS_STATS_READ DELETE_USER_POST',
      }),
    );
    await store.saveTokens(tokens(0, ['USER_ID']));
    await session.connect(['DELETE_USER_POST']);
    const scope = new URL(launched[0] ?? '').searchParams.get('scope');
    expect(scope).toBe(
      'offline_access USER_POSTS_GET USER_POSTS_STATS_READ USER_ID DELETE_USER_POST',
    );
    expect(await store.tokens()).toEqual({
      accessToken: 'AT1',
      refreshToken: 'RT1',
      expiresAt: 1_000_000 + 3_600_000,
      scopes: ['offline_access', 'USER_POSTS_GET', 'USER_POSTS_STATS_READ', 'DELETE_USER_POST'],
    });
  });

  it('sends the PKCE challenge (S256) to the authorize page and its verifier with the code', async () => {
    const { session, launched, seen } = setup(() => json({ access_token: 'AT1' }));
    await session.connect();
    const asked = new URL(launched[0] ?? '').searchParams;
    expect(asked.get('code_challenge')).toBe('the-challenge');
    expect(asked.get('code_challenge_method')).toBe('S256');
    expect(new URLSearchParams(seen[0]?.body).get('code_verifier')).toBe('the-verifier');
  });

  it('needs the app slug and secret, and says kenar-oauth when the window is closed', async () => {
    const { session, area } = setup(
      () => json({}),
      async () => {
        throw new Error('The user did not approve access.');
      },
    );
    await expect(session.connect()).rejects.toMatchObject({
      kind: 'kenar-oauth',
      message: 'The user did not approve access.',
    });
    area.data.set('local:kenar:settings:v1', { apiKey: 'K' });
    await expect(session.connect()).rejects.toMatchObject({ kind: 'kenar-no-app' });
  });

  it('refuses an answer whose state is not ours, before any exchange', async () => {
    const { session, seen } = setup(
      () => json({}),
      async () => `${REDIRECT}?code=C1&state=forged`,
    );
    await expect(session.connect()).rejects.toMatchObject({ kind: 'kenar-oauth' });
    expect(seen).toHaveLength(0);
  });
});

describe('access tokens', () => {
  it('hands out the kept token while it is fresh', async () => {
    const { session, store, seen } = setup(() => json({}));
    await store.saveTokens(tokens(1_000_000 + 600_000));
    expect(await session.accessToken()).toBe('AT1');
    expect(seen).toHaveLength(0);
  });

  it('refreshes a minute before expiry, once for concurrent callers, and keeps the rotated pair', async () => {
    const { session, store, seen } = setup(() =>
      json({ access_token: 'AT2', refresh_token: 'RT2', expires_in: 3600 }),
    );
    await store.saveTokens(tokens(1_000_000 + 30_000));
    const [a, b] = await Promise.all([session.accessToken(), session.accessToken()]);
    expect([a, b]).toEqual(['AT2', 'AT2']);
    expect(seen).toHaveLength(1);
    expect(await store.tokens()).toMatchObject({
      accessToken: 'AT2',
      refreshToken: 'RT2',
      scopes: ['USER_POSTS_GET'],
    });
  });

  it('renews on request (after a 401), and forgets tokens whose refresh is refused', async () => {
    const { session, store } = setup((_r, i) =>
      i === 0 ? json({ access_token: 'AT2' }) : json({ error: 'invalid_grant' }, 400),
    );
    await store.saveTokens(tokens(1_000_000 + 600_000));
    expect(await session.accessToken({ renew: true })).toBe('AT2');
    expect((await store.tokens())?.refreshToken).toBe('RT1'); // kept when not rotated
    await expect(session.accessToken({ renew: true })).rejects.toMatchObject({
      kind: 'kenar-not-connected',
    });
    expect(await store.tokens()).toBeUndefined();
    await expect(session.accessToken()).rejects.toMatchObject({ kind: 'kenar-not-connected' });
  });
});

describe('disconnecting', () => {
  const TOKENS_KEY = 'local:kenar:tokens:v1';

  it('posts the refresh token to the revocation endpoint before it clears the local copies', async () => {
    let keptWhileRevoking: unknown;
    const { session, store, seen, area } = setup(() => {
      keptWhileRevoking = area.data.get(TOKENS_KEY);
      return new Response('', { status: 200 });
    });
    await store.saveTokens(tokens(1_000_000 + 600_000));
    expect(await session.disconnect()).toBe('revoked');
    expect(seen.map((r) => r.url)).toEqual(['https://oauth.divar.ir/oauth2/revoke']);
    expect(new URLSearchParams(seen[0]?.body).get('token')).toBe('RT1');
    expect(keptWhileRevoking).toMatchObject({ refreshToken: 'RT1' });
    expect(await store.tokens()).toBeUndefined();
  });

  it('revokes the access token when there is no refresh token', async () => {
    const { session, store, seen } = setup(() => new Response('', { status: 200 }));
    await store.saveTokens({ ...tokens(1_000_000 + 600_000), refreshToken: undefined });
    await session.disconnect();
    expect(Object.fromEntries(new URLSearchParams(seen[0]?.body))).toMatchObject({
      token: 'AT1',
      token_type_hint: 'access_token',
    });
  });

  it('clears the local copies even when Kenar answers 404 or cannot be reached, and says so', async () => {
    const missing = setup(() => json({ error: 'not_found' }, 404));
    await missing.store.saveTokens(tokens(0));
    expect(await missing.session.disconnect()).toBe('not-offered');
    expect(await missing.store.tokens()).toBeUndefined();
    const offline = setup(() => {
      throw new TypeError('Failed to fetch');
    });
    await offline.store.saveTokens(tokens(0));
    expect(await offline.session.disconnect()).toBe('failed');
    expect(await offline.store.tokens()).toBeUndefined();
  });

  it('asks nothing of Kenar when nothing is kept', async () => {
    const { session, seen } = setup(() => json({}));
    expect(await session.disconnect()).toBe('nothing');
    expect(seen).toHaveLength(0);
  });
});
