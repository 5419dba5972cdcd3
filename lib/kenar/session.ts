/**
 * The user's Kenar session: connects through the browser's web-auth flow (with PKCE), keeps the
 * tokens in the store, hands out a fresh access token (refreshing a minute before expiry, one
 * refresh at a time), knows which scopes were granted, and on disconnect asks Kenar to revoke the
 * tokens before forgetting them.
 */
import { AppError } from '../errors';
import type { Clock } from '../http/clock';
import type { RequestJson } from '../http/request';
import {
  authorizeUrl,
  exchangeCode,
  type OAuthClient,
  readRedirect,
  refreshTokens,
  type TokenAnswer,
} from './oauth';
import type { Pkce } from './pkce';
import { type Revocation, revokeToken } from './revoke';
import { BASE_SCOPES, unionScopes } from './scopes';
import type { KenarStore, KenarTokens } from './store';

/** What the session is built from; `launchAuthFlow` wraps `browser.identity.launchWebAuthFlow`. */
export interface SessionDeps {
  store: KenarStore;
  request: RequestJson;
  clock: Pick<Clock, 'now'>;
  redirectUri: string;
  /** Opens the authorize URL for the user and resolves with the URL it redirected to. */
  launchAuthFlow(url: string): Promise<string>;
  /** A fresh unguessable `state` value. */
  randomState(): string;
  /** A fresh PKCE verifier and its S256 challenge. */
  pkce(): Promise<Pkce>;
}

const EARLY_REFRESH_MS = 60_000;
const DEFAULT_LIFETIME_S = 3600;

/** Builds the session. */
export function createKenarSession(deps: SessionDeps) {
  let refreshing: Promise<KenarTokens> | undefined;

  const client = async (): Promise<OAuthClient> => {
    const { appSlug, clientSecret } = await deps.store.settings();
    if (!appSlug || !clientSecret)
      throw new AppError('kenar-no-app', 'app slug or OAuth secret missing');
    return { appSlug, clientSecret, redirectUri: deps.redirectUri };
  };

  const save = async (answer: TokenAnswer, asked: readonly string[], previous?: KenarTokens) => {
    const tokens: KenarTokens = {
      accessToken: answer.access_token,
      refreshToken: answer.refresh_token ?? previous?.refreshToken,
      expiresAt: deps.clock.now() + (answer.expires_in ?? DEFAULT_LIFETIME_S) * 1000,
      scopes: answer.scope ? answer.scope.split(/\s+/).filter(Boolean) : [...asked],
    };
    await deps.store.saveTokens(tokens);
    return tokens;
  };

  const refresh = async (tokens: KenarTokens): Promise<KenarTokens> => {
    if (!tokens.refreshToken)
      throw new AppError('kenar-not-connected', 'access token expired, no refresh token');
    try {
      return await save(
        await refreshTokens(deps.request, await client(), tokens.refreshToken),
        tokens.scopes,
        tokens,
      );
    } catch (error) {
      if (error instanceof AppError && error.kind === 'kenar-not-connected')
        await deps.store.clearTokens();
      throw error;
    }
  };

  return {
    /** The scopes the current token carries (empty when not connected). */
    grantedScopes: async () => (await deps.store.tokens())?.scopes ?? [],
    /** Whether a token (or a refresh token) is kept. */
    isConnected: async () => (await deps.store.tokens()) !== undefined,
    /** A usable access token; `renew` forces a refresh (after a 401). */
    accessToken: async (options?: { renew?: boolean }): Promise<string> => {
      const tokens = await deps.store.tokens();
      if (!tokens) throw new AppError('kenar-not-connected', 'not connected');
      const stale = tokens.expiresAt - EARLY_REFRESH_MS <= deps.clock.now();
      if (!stale && !options?.renew) return tokens.accessToken;
      refreshing ??= refresh(tokens).finally(() => {
        refreshing = undefined;
      });
      return (await refreshing).accessToken;
    },
    /** Runs the consent flow for the base scopes, those already granted and `extra`. */
    connect: async (extra: readonly string[] = []): Promise<KenarTokens> => {
      const oauth = await client();
      const previous = await deps.store.tokens();
      const scopes = unionScopes(BASE_SCOPES, previous?.scopes ?? [], extra);
      const state = deps.randomState();
      const { verifier, challenge } = await deps.pkce();
      let redirected: string;
      try {
        redirected = await deps.launchAuthFlow(authorizeUrl(oauth, scopes, state, challenge));
      } catch (error) {
        throw new AppError('kenar-oauth', error instanceof Error ? error.message : String(error));
      }
      const code = readRedirect(redirected, oauth, state);
      return save(await exchangeCode(deps.request, oauth, code, verifier), scopes);
    },
    /**
     * Asks Kenar to revoke the refresh token (or the access token, when there is none), then
     * forgets the tokens whatever the answer; says how the revocation went.
     */
    disconnect: async (): Promise<Revocation> => {
      await refreshing?.catch(() => undefined); // a refresh in flight would save new tokens
      const tokens = await deps.store.tokens();
      let revocation: Revocation = 'nothing';
      if (tokens) {
        const oauth = await client().catch(() => undefined);
        revocation = !oauth
          ? 'failed'
          : tokens.refreshToken
            ? await revokeToken(deps.request, oauth, tokens.refreshToken, 'refresh_token')
            : await revokeToken(deps.request, oauth, tokens.accessToken, 'access_token');
      }
      await deps.store.clearTokens();
      return revocation;
    },
  };
}

/** The session's type. */
export type KenarSession = ReturnType<typeof createKenarSession>;
