/** Revoking Kenar tokens at its OAuth server (RFC 7009), for Disconnect and Clear all data. */
import { z } from 'zod';
import { AppError } from '../errors';
import type { RequestJson } from '../http/request';
import { OAUTH_ORIGIN, type OAuthClient } from './oauth';

/**
 * Where the OAuth server revokes tokens. Kenar's docs and spec name only /oauth2/auth and
 * /oauth2/token (NOTES §1.2); this is Ory Hydra's RFC 7009 endpoint beside them, so a guess:
 * a 404 means it is not offered, and the user is told so.
 */
export const REVOKE_URL = `${OAUTH_ORIGIN}/oauth2/revoke`;

/** How asking Kenar to revoke a token went; `not-offered` is the server's 404. */
export type Revocation = 'revoked' | 'not-offered' | 'failed' | 'nothing';

/** Asks the OAuth server to revoke `token` (RFC 7009); never throws, says how it went. */
export async function revokeToken(
  request: RequestJson,
  client: OAuthClient,
  token: string,
  hint: 'refresh_token' | 'access_token',
): Promise<Revocation> {
  try {
    await request({
      url: REVOKE_URL,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      rawBody: new URLSearchParams({
        token,
        token_type_hint: hint,
        client_id: client.appSlug,
        client_secret: client.clientSecret,
      }).toString(),
      schema: z.unknown(),
      allowEmpty: true,
      retries: 0,
    });
    return 'revoked';
  } catch (error) {
    return error instanceof AppError && error.details?.status === 404 ? 'not-offered' : 'failed';
  }
}
