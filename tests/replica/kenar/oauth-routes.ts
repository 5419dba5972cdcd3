/**
 * oauth.divar.ir (Kenar's Ory Hydra, NOTES §1.2): GET /oauth2/auth checks the app, the registered
 * redirect URL, the scopes, `state` and the PKCE challenge, then shows a consent page (or approves
 * at once) and redirects back with `code` and `state`; POST /oauth2/token exchanges codes (checking
 * the PKCE verifier) and rotates refresh tokens; POST /oauth2/revoke revokes tokens (RFC 7009);
 * errors are OAuth2 JSON.
 */
import type { RouteContext, RouteGroup } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import { consentPage, oauthErrorPage } from './consent-page.ts';
import { exchange, revoke } from './oauth-token.ts';
import { challengeProblem } from './pkce.ts';
import { SPEC } from './spec.ts';
import {
  type KenarApp,
  type KenarState,
  kenarStateOf,
  nextSecret,
  type PendingConsent,
} from './state.ts';

const KNOWN_SCOPES = Object.keys(
  SPEC.components.securitySchemes.OAuth.flows.authorizationCode.scopes,
).map((scope) => scope.replace(/\.resource_id$/, ''));

function redirectAllowed(app: KenarApp, uri: string): boolean {
  if (uri.includes('?') || uri.includes('#')) return false;
  return app.redirectUris.some((pattern) => {
    const regex = pattern.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\\\*/g, '[a-z0-9-]+');
    return new RegExp(`^${regex}$`).test(uri);
  });
}

function scopeProblem(app: KenarApp, scopes: string[]): string | undefined {
  for (const scope of scopes) {
    if (scope === 'offline_access' || scope === 'openid') continue;
    const [name = '', resource] = scope.split('.');
    if (!KNOWN_SCOPES.includes(name) || resource === '') return `unknown scope ${scope}`;
    if (app.scopes !== 'all' && !app.scopes.includes(name) && !app.scopes.includes(scope))
      return `the app is not allowed scope ${scope}`;
  }
  return undefined;
}

function redirect(uri: string, query: Record<string, string>) {
  return { status: 302, headers: { location: `${uri}?${new URLSearchParams(query)}` }, body: '' };
}

function approve(kenar: KenarState, consent: PendingConsent) {
  for (const scope of consent.scopes) {
    const [, token] = scope.split('.');
    const post = token ? kenar.posts.get(token) : undefined;
    const business = kenar.businesses.find((b) => b.token === token);
    const notYours =
      token &&
      ((scope.startsWith('POST_') && post?.phone !== kenar.signedInPhone) ||
        (scope.startsWith('BUSINESS_') && business?.phone !== kenar.signedInPhone));
    if (notYours)
      return redirect(consent.redirectUri, {
        error: 'access_denied',
        error_description: `${scope.startsWith('POST_') ? 'post' : 'business'} ${token} is not yours`,
        state: consent.state,
      });
  }
  const code = nextSecret(kenar, 'ory_ac_');
  kenar.codes.set(code, {
    app: consent.app,
    phone: kenar.signedInPhone,
    scopes: consent.scopes,
    redirectUri: consent.redirectUri,
    expiresAt: Date.now() + 600_000,
    codeChallenge: consent.codeChallenge,
    chain: nextSecret(kenar, 'chain_'),
  });
  return redirect(consent.redirectUri, {
    code,
    scope: consent.scopes.join(' '),
    state: consent.state,
  });
}

function authorize({ request, state }: RouteContext) {
  const kenar = kenarStateOf(state);
  const query = request.url.searchParams;
  const app = kenar.apps.get(query.get('client_id') ?? '');
  if (!app)
    return oauthErrorPage('invalid_client', 'Client authentication failed: unknown client_id');
  const redirectUri = query.get('redirect_uri') ?? '';
  if (!redirectAllowed(app, redirectUri))
    return oauthErrorPage(
      'invalid_request',
      `redirect_uri ${redirectUri} is not registered for this app`,
    );
  const stateParam = query.get('state') ?? '';
  const scopes = (query.get('scope') ?? '').split(' ').filter(Boolean);
  const fail = (error: string, description: string) =>
    redirect(redirectUri, { error, error_description: description, state: stateParam });
  if (query.get('response_type') !== 'code')
    return fail('unsupported_response_type', 'response_type must be code');
  if (stateParam.length < 8) return fail('invalid_state', 'state must be at least 8 characters');
  const pkce = challengeProblem(query);
  if (pkce) return fail('invalid_request', pkce);
  const problem = scopeProblem(app, scopes);
  if (problem) return fail('invalid_scope', problem);
  const codeChallenge = query.get('code_challenge') ?? '';
  const consent = { app: app.slug, redirectUri, scopes, state: stateParam, codeChallenge };
  if (app.consent === 'auto') return approve(kenar, consent);
  const challenge = nextSecret(kenar, 'ch_');
  kenar.consents.set(challenge, consent);
  return consentPage(app.slug, kenar.signedInPhone, scopes, challenge);
}

function decide({ request, state }: RouteContext) {
  const kenar = kenarStateOf(state);
  const challenge = request.url.searchParams.get('challenge') ?? '';
  const consent = kenar.consents.get(challenge);
  if (!consent)
    return oauthErrorPage('invalid_request', 'this consent request is unknown or was answered');
  kenar.consents.delete(challenge);
  if (request.url.searchParams.get('decision') !== 'approve')
    return redirect(consent.redirectUri, {
      error: 'access_denied',
      error_description: 'The resource owner denied the request',
      state: consent.state,
    });
  return approve(kenar, consent);
}

/** The oauth.divar.ir route group. */
export const oauthRoutes: RouteGroup = {
  name: 'kenar-oauth',
  faultScope: 'api',
  owns: () => true,
  routes: [
    { method: 'GET', path: /^\/oauth2\/auth$/, handle: authorize },
    { method: 'GET', path: /^\/oauth2\/auth\/decide$/, handle: decide },
    { method: 'POST', path: /^\/oauth2\/token$/, handle: exchange },
    { method: 'POST', path: /^\/oauth2\/revoke$/, handle: revoke },
  ],
  notFound: ({ request }) =>
    jsonResponse(404, {
      error: 'not_found',
      error_description: `${request.url.pathname} does not exist`,
    }),
};
