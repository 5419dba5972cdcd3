/** Who is calling: the divar session a request carries (cookies or Authorization), never stored. */
import type { RequestInfo } from '../server/http-types.ts';
import { mintedClaims } from './session-tokens.ts';

/** The outcome of checking a request's session. */
export type SessionCheck = { kind: 'ok' } | { kind: 'missing' } | { kind: 'expired' };

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]*$/;

/** The value of cookie `name` in a Cookie header (URI-decoded), if present. */
export function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
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

/** The `sessionExpired` rule: under it only tokens minted by a refresh in the current epoch are fresh. */
export interface ExpiryRule {
  sessionExpired: boolean;
  epoch: number;
  secret: string;
}

/**
 * Accepts a JWT-looking `sAccessToken` or legacy `token` cookie, or `Authorization: Basic|Bearer <jwt>`.
 * A JWT whose `exp` claim is in the past (real clock) counts as expired, and so does every JWT the
 * `rule` does not let through.
 */
export function checkSession(request: RequestInfo, rule?: ExpiryRule): SessionCheck {
  const fromCookie = ['sAccessToken', 'token'].map((name) =>
    cookieValue(request.headers.cookie, name),
  );
  const fromHeader = /^(?:Basic|Bearer)\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  const jwt = [...fromCookie, fromHeader].find(
    (value) => value !== undefined && JWT_SHAPE.test(value),
  );
  if (jwt === undefined) return { kind: 'missing' };
  if (isExpired(jwt)) return { kind: 'expired' };
  if (rule?.sessionExpired && mintedClaims(rule.secret, jwt)?.rep !== rule.epoch)
    return { kind: 'expired' };
  return { kind: 'ok' };
}
