/**
 * Kenar's OAuth 2.0 authorization-code flow (NOTES §1.2) with PKCE (S256, RFC 7636): the authorize
 * URL, the redirect check (state must match, a code must be there), the token endpoint for the
 * code exchange and the refresh, which rotates both tokens (revocation: ./revoke.ts).
 */
import { z } from 'zod';
import { AppError } from '../errors';
import type { RequestJson } from '../http/request';
import { lazySchema } from '../schema/lazy';

/** Where Kenar's OAuth lives. */
export const OAUTH_ORIGIN = 'https://oauth.divar.ir';

/** The app's OAuth client: its slug (client_id), secret and the redirect URL it registered. */
export interface OAuthClient {
  appSlug: string;
  clientSecret: string;
  redirectUri: string;
}

/** What the token endpoint answers. */
const tokenAnswer = lazySchema(() =>
  z.object({
    access_token: z.string().min(1),
    refresh_token: z.string().optional(),
    expires_in: z.number().optional(),
    scope: z.string().optional(),
    token_type: z.string().optional(),
  }),
);

/** Tokens as the token endpoint gave them. */
export type TokenAnswer = z.infer<typeof tokenAnswer>;

/** The URL that asks the user to grant `scopes` to the app; `challenge` is the PKCE S256 challenge. */
export function authorizeUrl(
  client: OAuthClient,
  scopes: readonly string[],
  state: string,
  challenge: string,
): string {
  const url = new URL('/oauth2/auth', OAUTH_ORIGIN);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: client.appSlug,
    redirect_uri: client.redirectUri,
    scope: scopes.join(' '),
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.href;
}

/**
 * Reads the redirect back from the authorize page: throws `kenar-oauth` for another URL, a state
 * that is not ours, an `error=` answer or a missing code (the user refused); else the code.
 */
export function readRedirect(redirected: string, client: OAuthClient, state: string): string {
  const url = new URL(redirected);
  if (`${url.origin}${url.pathname}` !== client.redirectUri)
    throw new AppError('kenar-oauth', `redirected to another URL: ${url.origin}${url.pathname}`);
  if (url.searchParams.get('state') !== state)
    throw new AppError('kenar-oauth', 'state does not match: the answer is not for this request');
  const error = url.searchParams.get('error');
  if (error) {
    const description = url.searchParams.get('error_description') ?? '';
    const kind = error === 'invalid_scope' ? 'kenar-missing-scope' : 'kenar-oauth';
    throw new AppError(kind, `${error}: ${description}`);
  }
  const code = url.searchParams.get('code');
  if (!code) throw new AppError('kenar-oauth', 'no code: consent was not given');
  return code;
}

async function postToken(
  request: RequestJson,
  form: Record<string, string>,
  failKind: 'kenar-oauth' | 'kenar-not-connected',
) {
  try {
    return await request({
      url: `${OAUTH_ORIGIN}/oauth2/token`,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      rawBody: new URLSearchParams(form).toString(),
      schema: tokenAnswer,
      retries: 0,
    });
  } catch (error) {
    // 400/401 from the token endpoint: a bad code, secret or refresh token (Hydra's `error`).
    if (
      error instanceof AppError &&
      (error.kind === 'http' || error.kind === 'auth' || error.kind.startsWith('kenar-'))
    )
      throw new AppError(failKind, error.message, { cause: error, details: error.details });
    throw error;
  }
}

/** Exchanges the authorization code for tokens, proving with the PKCE verifier who asked for it. */
export function exchangeCode(
  request: RequestJson,
  client: OAuthClient,
  code: string,
  verifier: string,
) {
  return postToken(
    request,
    {
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      client_id: client.appSlug,
      client_secret: client.clientSecret,
      redirect_uri: client.redirectUri,
    },
    'kenar-oauth',
  );
}

/** Trades the refresh token for new tokens (both rotate); a refused refresh means reconnecting. */
export function refreshTokens(request: RequestJson, client: OAuthClient, refreshToken: string) {
  return postToken(
    request,
    {
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: client.appSlug,
      client_secret: client.clientSecret,
      redirect_uri: client.redirectUri,
    },
    'kenar-not-connected',
  );
}
