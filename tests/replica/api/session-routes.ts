/**
 * Session upkeep of the SuperTokens login (NOTES §6): `POST /v8/authenticate/session/refresh`
 * (body `{}`, needs the `sRefreshToken` cookie) sets a fresh `sAccessToken` cookie on `.divar.ir`;
 * `GET /v8/user-profile/user-nationality` is the cheap "am I logged in" probe.
 */
import { jsonResponse, type ReplicaResponse, type RouteContext } from '../server/http-types.ts';
import type { ReplicaState } from '../server/state.ts';
import { checkSession, cookieValue, type ExpiryRule } from './session.ts';
import { frontToken, mintAccessToken } from './session-tokens.ts';

/** The `sessionExpired` rule as the replica's state has it now. */
export function expiryRule(state: ReplicaState): ExpiryRule {
  return {
    sessionExpired: state.faults.get().sessionExpired,
    epoch: state.faults.sessionEpoch(),
    secret: state.secret,
  };
}

/** 403 text "jwt is expired", exactly as clients compare it (amirfabo/divar). */
export function jwtExpiredResponse(): ReplicaResponse {
  return {
    status: 403,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: 'jwt is expired',
  };
}

/** 200 `{}` with a new `sAccessToken` cookie and `front-token` header; 401 `{"message":"unauthorised"}` without `sRefreshToken`. */
export function refreshSession({ request, state }: RouteContext): ReplicaResponse {
  const refresh = cookieValue(request.headers.cookie, 'sRefreshToken');
  if (refresh === undefined || refresh === '')
    return jsonResponse(401, { message: 'unauthorised' });
  const jwt = mintAccessToken(state.secret, state.faults.sessionEpoch());
  const expires = new Date(Date.now() + 365 * 86_400_000).toUTCString();
  return jsonResponse(
    200,
    {},
    {
      'set-cookie': `sAccessToken=${jwt}; Domain=.divar.ir; Path=/; Expires=${expires}; HttpOnly; Secure; SameSite=Lax`,
      'front-token': frontToken(jwt),
    },
  );
}

/** 200 when the request carries a fresh session, 403 "jwt is expired" for an expired one, else 401. */
export function userNationality({ request, state }: RouteContext): ReplicaResponse {
  const session = checkSession(request, expiryRule(state));
  if (session.kind === 'missing')
    return jsonResponse(401, {
      error: { code: 'UNAUTHENTICATED', message: 'RBAC: access denied' },
    });
  if (session.kind === 'expired') return jwtExpiredResponse();
  return jsonResponse(200, { nationality: 'IRANIAN' });
}
