import { describe, expect, it } from 'vitest';
import { createFakeClock } from '@/lib/http/clock';
import { createHttp } from '@/lib/http/request';
import { withKenarErrors } from '@/lib/kenar/kenar-errors';
import { authorizeUrl, exchangeCode, readRedirect, refreshTokens } from '@/lib/kenar/oauth';
import { revokeToken } from '@/lib/kenar/revoke';
import { json, type SeenRequest, scriptedFetch } from './fake-kenar.ts';

const client = {
  appSlug: 'my-app',
  clientSecret: 'sec',
  redirectUri: 'https://ext.chromiumapp.org/kenar',
};

function tokenEndpoint(answer: Response) {
  const { fetch, seen } = scriptedFetch(() => answer);
  const request = createHttp(
    { fetch: withKenarErrors(fetch), clock: createFakeClock(), random: () => 0 },
    { timeoutMs: 5_000, retries: 2, baseDelayMs: 1, maxDelayMs: 1 },
  );
  return { request, seen };
}

/** The form `request` posted, after checking it went to `url`, form-encoded. */
function formPostedTo(request: SeenRequest | undefined, url: string) {
  expect(request?.url).toBe(url);
  expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
  return Object.fromEntries(new URLSearchParams(request?.body));
}

describe('authorizeUrl', () => {
  it('asks oauth.divar.ir for a code with the slug, redirect URL, scopes, state and PKCE challenge', () => {
    const url = new URL(
      authorizeUrl(client, ['offline_access', 'POST_EDIT.gAbc'], 'st4t3-value', 'ch4llenge'),
    );
    expect(url.origin + url.pathname).toBe('https://oauth.divar.ir/oauth2/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'my-app',
      redirect_uri: 'https://ext.chromiumapp.org/kenar',
      scope: 'offline_access POST_EDIT.gAbc',
      state: 'st4t3-value',
      code_challenge: 'ch4llenge',
      code_challenge_method: 'S256',
    });
  });
});

describe('readRedirect', () => {
  const back = (query: string, base = client.redirectUri) => `${base}?${query}`;
  it('returns the code when the state is ours', () => {
    expect(readRedirect(back('code=C1&state=S1'), client, 'S1')).toBe('C1');
  });
  it.each([
    ['another state', back('code=C1&state=S2'), 'kenar-oauth', /state/],
    [
      'another URL',
      back('code=C1&state=S1', 'https://evil.example/kenar'),
      'kenar-oauth',
      /another URL/,
    ],
    ['a refusal', back('error=access_denied&state=S1'), 'kenar-oauth', /access_denied/],
    [
      'an unapproved scope',
      back('error=invalid_scope&error_description=x&state=S1'),
      'kenar-missing-scope',
      /invalid_scope/,
    ],
    ['no code', back('state=S1'), 'kenar-oauth', /no code/],
  ])('refuses %s', (_what, url, kind, message) => {
    expect(() => readRedirect(url, client, 'S1')).toThrow(
      expect.objectContaining({ kind, message: expect.stringMatching(message) }),
    );
  });
});

describe('the token endpoint', () => {
  it('exchanges a code with a form post carrying the PKCE verifier, the secret and the same redirect URL', async () => {
    const { request, seen } = tokenEndpoint(
      json({
        access_token: 'ory_at_1',
        refresh_token: 'ory_rt_1',
        expires_in: 3600,
        scope: 'a b',
        token_type: 'bearer',
      }),
    );
    const answer = await exchangeCode(request, client, 'C1', 'v3rifier');
    expect(answer).toMatchObject({
      access_token: 'ory_at_1',
      refresh_token: 'ory_rt_1',
      scope: 'a b',
    });
    expect(formPostedTo(seen[0], 'https://oauth.divar.ir/oauth2/token')).toEqual({
      grant_type: 'authorization_code',
      code: 'C1',
      code_verifier: 'v3rifier',
      client_id: 'my-app',
      client_secret: 'sec',
      redirect_uri: client.redirectUri,
    });
  });

  it('says kenar-oauth when the exchange is refused, without retrying', async () => {
    const { request, seen } = tokenEndpoint(json({ error: 'invalid_client' }, 401));
    await expect(exchangeCode(request, client, 'C1', 'v')).rejects.toMatchObject({
      kind: 'kenar-oauth',
    });
    expect(seen).toHaveLength(1);
  });

  it('refreshes with the refresh token; a refused refresh means connecting again', async () => {
    const ok = tokenEndpoint(json({ access_token: 'ory_at_2', refresh_token: 'ory_rt_2' }));
    expect((await refreshTokens(ok.request, client, 'ory_rt_1')).refresh_token).toBe('ory_rt_2');
    expect(new URLSearchParams(ok.seen[0]?.body).get('grant_type')).toBe('refresh_token');
    expect(new URLSearchParams(ok.seen[0]?.body).get('refresh_token')).toBe('ory_rt_1');
    const refused = tokenEndpoint(json({ error: 'invalid_grant' }, 400));
    await expect(refreshTokens(refused.request, client, 'old')).rejects.toMatchObject({
      kind: 'kenar-not-connected',
    });
  });
});

describe('the revocation endpoint', () => {
  it('posts the token, its kind and the client to /oauth2/revoke (RFC 7009), an empty 200 is done', async () => {
    const { request, seen } = tokenEndpoint(new Response('', { status: 200 }));
    expect(await revokeToken(request, client, 'ory_rt_1', 'refresh_token')).toBe('revoked');
    expect(formPostedTo(seen[0], 'https://oauth.divar.ir/oauth2/revoke')).toEqual({
      token: 'ory_rt_1',
      token_type_hint: 'refresh_token',
      client_id: 'my-app',
      client_secret: 'sec',
    });
  });

  it('says not-offered for a 404 and failed for anything else, never throwing or retrying', async () => {
    const missing = tokenEndpoint(json({ error: 'not_found' }, 404));
    expect(await revokeToken(missing.request, client, 't', 'access_token')).toBe('not-offered');
    const broken = tokenEndpoint(json({ error: 'server_error' }, 500));
    expect(await revokeToken(broken.request, client, 't', 'access_token')).toBe('failed');
    expect(broken.seen).toHaveLength(1);
  });
});
