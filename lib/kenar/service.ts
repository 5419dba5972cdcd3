/**
 * The background's Kenar service: settings, the user's session, the client with Kenar's error
 * kinds, the search quota and the own-post actions, behind the methods the message handlers call.
 */
import { AppError } from '../errors';
import type { Clock } from '../http/clock';
import { createHttp, type HttpDeps } from '../http/request';
import { createKenarClient } from './client';
import { createFullEdit } from './full-edit';
import { withKenarErrors, withKenarRateLimit } from './kenar-errors';
import { createOwnPosts } from './own-posts';
import type { Pkce } from './pkce';
import { createPosting } from './posting';
import { createSearchQuota } from './quota';
import type { SearchRequest } from './schemas/finder';
import { type KenarAction, scopesFor, scopesToAsk } from './scopes';
import { createKenarSession } from './session';
import { createKenarStore, type LocalArea } from './store';
import { normalizePhone } from './validate';

/** What the service is built from; every secret comes from `area`, every effect is injected. */
export interface KenarServiceDeps extends Omit<HttpDeps, 'clock'> {
  clock: Clock;
  area: LocalArea;
  /** `browser.identity.getRedirectURL('kenar')`: the URL to register in the Kenar panel. */
  redirectUri: string;
  launchAuthFlow(url: string): Promise<string>;
  randomState(): string;
  /** A fresh PKCE verifier and its S256 challenge. */
  pkce(): Promise<Pkce>;
  /** SHA-256 hex of a text (names the app of a key in the quota counter without keeping the key). */
  sha256(text: string): Promise<string>;
}

/** Settings as the options page sends them: a missing field is kept, an empty one is cleared. */
export interface SettingsPatch {
  apiKey?: string;
  appSlug?: string;
  clientSecret?: string;
}

// Politeness for open-api.divar.ir: a per-minute limit applies per app (NOTES §2).
const HTTP_DEFAULTS = { timeoutMs: 15_000, retries: 2, baseDelayMs: 500, maxDelayMs: 8_000 };
// Any token shape works: Kenar checks the key before it looks the post up.
const PROBE_TOKEN = 'QZ0000000';

const patched = (value: string | undefined, patch: string | undefined) =>
  patch === undefined ? value : patch.trim() || undefined;

/** Builds the Kenar service. */
export function createKenarService(deps: KenarServiceDeps) {
  const store = createKenarStore(deps.area);
  const request = withKenarRateLimit(
    createHttp({ ...deps, fetch: withKenarErrors(deps.fetch) }, HTTP_DEFAULTS),
  );
  const session = createKenarSession({ ...deps, store, request });
  const client = createKenarClient({
    request,
    getApiKey: async () => (await store.settings()).apiKey,
    getAccessToken: (options) => session.accessToken(options),
  });
  const appId = async () => {
    const { appSlug, apiKey } = await store.settings();
    return appSlug ? `app:${appSlug}` : `key:${(await deps.sha256(apiKey ?? '')).slice(0, 16)}`;
  };
  const quota = createSearchQuota(store, appId);
  const own = createOwnPosts(client, session, () => store.refusedScopes());
  const fullEdit = createFullEdit(client, session, () => store.refusedScopes());
  const posting = createPosting({
    client,
    session,
    refused: () => store.refusedScopes(),
    area: deps.area,
    clock: deps.clock,
  });

  const status = async () => {
    const { apiKey, appSlug, clientSecret } = await store.settings();
    return {
      hasKey: Boolean(apiKey),
      keyHint: apiKey ? `…${apiKey.slice(-4)}` : undefined,
      appSlug,
      hasSecret: Boolean(clientSecret),
      connected: await session.isConnected(),
      scopes: await session.grantedScopes(),
      redirectUri: deps.redirectUri,
      quota: await quota.status(),
    };
  };

  return {
    status,
    saveSettings: async (patch: SettingsPatch) => {
      const old = await store.settings();
      const next = {
        apiKey: patched(old.apiKey, patch.apiKey),
        appSlug: patched(old.appSlug, patch.appSlug),
        clientSecret: patched(old.clientSecret, patch.clientSecret),
      };
      // Tokens and refusals belong to one app: revoked with the old app's client, then forgotten.
      if (next.appSlug !== old.appSlug) {
        await session.disconnect();
        await store.saveRefusedScopes([]);
      }
      await store.saveSettings(next);
      return status();
    },
    /** Checks the key with a post lookup that needs nothing else: not-found means accepted. */
    testKey: async (): Promise<{ valid: true; canGetPost: boolean }> => {
      try {
        await client.getPost(PROBE_TOKEN);
        return { valid: true, canGetPost: true };
      } catch (error) {
        if (error instanceof AppError && error.kind === 'not-found')
          return { valid: true, canGetPost: true };
        if (error instanceof AppError && error.kind === 'kenar-key-permission')
          return { valid: true, canGetPost: false };
        throw error;
      }
    },
    /** Runs the consent flow, adding the scope `action` on `token` needs when one is given. */
    connect: async (action?: KenarAction, token?: string) => {
      const refused = await store.refusedScopes();
      const asked = action ? scopesToAsk(action, token, refused) : [];
      const scope = asked[0];
      try {
        await session.connect(asked);
      } catch (error) {
        const hasFallback = action && scope && scopesFor(action, token).at(-1) !== scope;
        if (error instanceof AppError && error.kind === 'kenar-missing-scope' && hasFallback)
          await store.saveRefusedScopes([...refused, scope]);
        throw error;
      }
      return status();
    },
    /** Revokes the tokens at Kenar (a 404 is reported, not thrown), then forgets them. */
    disconnect: async () => {
      const revocation = await session.disconnect();
      return { ...(await status()), revocation };
    },
    getPost: (token: string) => client.getPost(token),
    userIdByPhone: async (phone: string) => {
      const normalized = normalizePhone(phone);
      if (!normalized) throw new AppError('kenar-invalid', 'phone: bad-phone');
      return { userId: (await client.getUserIdByPhone(normalized)).user_id ?? '' };
    },
    /** Spends one of the app's 100 lifetime search calls (the UI asks first). */
    search: async (body: SearchRequest) => {
      const posts = (await quota.spend(() => client.searchPosts(body))).posts ?? [];
      return { posts, quota: await quota.status() };
    },
    ...own,
    ...fullEdit,
    ...posting,
    client,
  };
}

/** The service's type. */
export type KenarService = ReturnType<typeof createKenarService>;
