/**
 * POST oauth.divar.ir/oauth2/token (code exchange with the PKCE verifier, refresh-token rotation)
 * and POST /oauth2/revoke (RFC 7009), Hydra-style errors.
 */
import type { RouteContext } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import { verifierMatches } from './pkce.ts';
import { type Grant, type KenarState, kenarStateOf, nextSecret } from './state.ts';

const oauthError = (status: number, error: string, description: string) =>
  jsonResponse(status, { error, error_description: description });

function clientOf(kenar: KenarState, form: URLSearchParams, authorization: string | undefined) {
  let id = form.get('client_id') ?? '';
  let secret = form.get('client_secret') ?? '';
  const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (basic) [id = '', secret = ''] = Buffer.from(basic, 'base64').toString('utf8').split(':');
  const app = kenar.apps.get(id);
  return app && app.clientSecret === secret ? app : undefined;
}

function issue(kenar: KenarState, { codeChallenge: _, ...grant }: Grant, lifetimeSeconds: number) {
  const access = nextSecret(kenar, 'ory_at_');
  kenar.accessTokens.set(access, { ...grant, expiresAt: Date.now() + lifetimeSeconds * 1000 });
  const refresh = grant.scopes.includes('offline_access')
    ? nextSecret(kenar, 'ory_rt_')
    : undefined;
  if (refresh)
    kenar.refreshTokens.set(refresh, { ...grant, expiresAt: Date.now() + 30 * 86_400_000 });
  return jsonResponse(200, {
    access_token: access,
    expires_in: lifetimeSeconds,
    scope: grant.scopes.join(' '),
    token_type: 'bearer',
    ...(refresh ? { refresh_token: refresh } : {}),
  });
}

/** The form of a token or revocation request and its authenticated app, or the error answer. */
function formOf({ request, state }: RouteContext) {
  const kenar = kenarStateOf(state);
  if (
    !String(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
  )
    return oauthError(
      400,
      'invalid_request',
      'the request must be application/x-www-form-urlencoded',
    );
  const form = new URLSearchParams(request.body.toString('utf8'));
  const app = clientOf(kenar, form, request.headers.authorization);
  if (!app) return oauthError(401, 'invalid_client', 'Client authentication failed');
  return { kenar, form, app };
}

/** Answers one token request. */
export function exchange(context: RouteContext) {
  const checked = formOf(context);
  if ('status' in checked) return checked;
  const { kenar, form, app } = checked;
  const grantType = form.get('grant_type');
  if (grantType === 'authorization_code') {
    const code = form.get('code') ?? '';
    const grant = kenar.codes.get(code);
    kenar.codes.delete(code); // single use
    if (!grant || grant.app !== app.slug || grant.expiresAt <= Date.now())
      return oauthError(
        400,
        'invalid_grant',
        'The authorization code is invalid, expired or was used',
      );
    if (form.get('redirect_uri') !== grant.redirectUri)
      return oauthError(
        400,
        'invalid_grant',
        'redirect_uri does not match the authorization request',
      );
    if (!verifierMatches(form.get('code_verifier') ?? '', grant.codeChallenge))
      return oauthError(
        400,
        'invalid_grant',
        'The PKCE code_verifier does not match the challenge',
      );
    return issue(kenar, grant, app.tokenLifetimeSeconds);
  }
  if (grantType === 'refresh_token') {
    const token = form.get('refresh_token') ?? '';
    const grant = kenar.refreshTokens.get(token);
    if (!grant || grant.app !== app.slug || grant.expiresAt <= Date.now())
      return oauthError(400, 'invalid_grant', 'The refresh token is invalid or expired');
    kenar.refreshTokens.delete(token); // rotation: both tokens are replaced
    return issue(kenar, grant, app.tokenLifetimeSeconds);
  }
  return oauthError(400, 'unsupported_grant_type', `grant_type ${grantType} is not supported`);
}

/**
 * Revokes a token (RFC 7009): a refresh token revokes its whole chain (every access token of that
 * consent too); an unknown or foreign token still answers 200 with an empty body, as the RFC says.
 */
export function revoke(context: RouteContext) {
  const checked = formOf(context);
  if ('status' in checked) return checked;
  const { kenar, form, app } = checked;
  const token = form.get('token') ?? '';
  const grant = kenar.refreshTokens.get(token) ?? kenar.accessTokens.get(token);
  if (grant && grant.app === app.slug) {
    const chain = kenar.refreshTokens.has(token) ? grant.chain : undefined;
    for (const tokens of [kenar.refreshTokens, kenar.accessTokens])
      for (const [value, held] of tokens)
        if (value === token || (chain !== undefined && held.chain === chain)) tokens.delete(value);
  }
  return { status: 200, headers: { 'cache-control': 'no-store' }, body: '' };
}
