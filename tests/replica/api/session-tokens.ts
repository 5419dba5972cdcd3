/**
 * Access tokens the replica mints on `POST /v8/authenticate/session/refresh`: JWT-shaped
 * (`iss https://api.divar.ir/v8/authenticate`, `phoneNumber`, `exp` one hour ahead), signed with
 * an HMAC of the replica's secret so the replica can tell them from tokens a test made up. The
 * `rep` claim is the session epoch they were minted in (see `sessionExpired`).
 */
import { createHmac } from 'node:crypto';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const sign = (secret: string, text: string) =>
  createHmac('sha256', `session:${secret}`).update(text).digest('base64url');

/** Claims of a replica access token. */
export interface AccessClaims {
  sub: string;
  iss: string;
  phoneNumber: string;
  iat: number;
  exp: number;
  rep: number;
}

/** Mints an access token for the session epoch `epoch` (real clock for `iat`/`exp`). */
export function mintAccessToken(secret: string, epoch: number, sub = 'replica-user'): string {
  const iat = Math.floor(Date.now() / 1000);
  const claims: AccessClaims = {
    sub,
    iss: 'https://api.divar.ir/v8/authenticate',
    phoneNumber: '+989120000000',
    iat,
    exp: iat + 3600,
    rep: epoch,
  };
  const head = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'replica' })}.${b64(claims)}`;
  return `${head}.${sign(secret, head)}`;
}

/** The claims of a token this replica minted, or undefined for any other string. */
export function mintedClaims(secret: string, jwt: string): AccessClaims | undefined {
  const [header, payload, signature] = jwt.split('.');
  if (header === undefined || payload === undefined || signature === undefined) return undefined;
  if (sign(secret, `${header}.${payload}`) !== signature) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as AccessClaims;
  } catch {
    return undefined;
  }
}

/** The `front-token` header SuperTokens sends with new cookies: base64 JSON `{uid, ate, up}`. */
export function frontToken(jwt: string): string {
  const payload = jwt.split('.')[1] ?? '';
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as AccessClaims;
  return Buffer.from(
    JSON.stringify({ uid: claims.sub, ate: claims.exp * 1000, up: claims }),
  ).toString('base64');
}
