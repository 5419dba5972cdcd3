/** Who is calling: the divar session a request carries (cookies or Authorization), never stored. */
import type { RequestInfo } from '../server/http-types.ts';

/** The outcome of checking a request's session. */
export type SessionCheck = { kind: 'ok' } | { kind: 'missing' } | { kind: 'expired' };

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]*$/;

function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const pair of (cookieHeader ?? '').split(';')) {
    const [key, ...rest] = pair.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

function isExpired(jwt: string): boolean {
  const payload = JWT_SHAPE.exec(jwt)?.[1];
  if (payload === undefined) return false;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      exp?: unknown;
    };
    return typeof claims.exp === 'number' && claims.exp * 1000 < Date.now();
  } catch {
    return false;
  }
}

/**
 * Accepts a JWT-looking `sAccessToken` or legacy `token` cookie, or `Authorization: Basic|Bearer <jwt>`.
 * A JWT whose `exp` claim is in the past (real clock) counts as expired.
 */
export function checkSession(request: RequestInfo): SessionCheck {
  const fromCookie = ['sAccessToken', 'token'].map((name) =>
    cookieValue(request.headers.cookie, name),
  );
  const fromHeader = /^(?:Basic|Bearer)\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  const jwt = [...fromCookie, fromHeader].find(
    (value) => value !== undefined && JWT_SHAPE.test(value),
  );
  if (jwt === undefined) return { kind: 'missing' };
  return isExpired(jwt) ? { kind: 'expired' } : { kind: 'ok' };
}
