/**
 * What Kenar keeps in `storage.local`: the app's settings (API key, app slug, OAuth secret), the
 * user's tokens, the search quota used and the global scopes the app was refused. Every value is
 * zod-checked when read; none of it is ever sent to a content script.
 */
import { z } from 'zod';
import { lazySchema } from '../schema/lazy';

/** The slice of WXT's `storage` this store needs (tests pass an in-memory one). */
export interface LocalArea {
  getItem<T>(key: `local:${string}`): Promise<T | null>;
  setItem<T>(key: `local:${string}`, value: T): Promise<void>;
  removeItem(key: `local:${string}`): Promise<void>;
}

const settingsSchema = lazySchema(() =>
  z.object({
    apiKey: z.string().optional(),
    appSlug: z.string().optional(),
    clientSecret: z.string().optional(),
  }),
);

const tokensSchema = lazySchema(() =>
  z.object({
    accessToken: z.string(),
    refreshToken: z.string().optional(),
    /** ms since epoch. */
    expiresAt: z.number(),
    scopes: z.array(z.string()),
  }),
);

const quotaSchema = lazySchema(() => z.record(z.string(), z.number().int().nonnegative()));
const scopesSchema = lazySchema(() => z.array(z.string()));

/** The app's settings as stored. */
export type KenarSettings = z.infer<typeof settingsSchema>;
/** The user's OAuth tokens and the scopes they carry. */
export type KenarTokens = z.infer<typeof tokensSchema>;

const KEYS = {
  settings: 'local:kenar:settings:v1',
  tokens: 'local:kenar:tokens:v1',
  quota: 'local:kenar:search-quota:v1',
  refused: 'local:kenar:refused-scopes:v1',
} as const;

async function read<T>(area: LocalArea, key: `local:${string}`, schema: z.ZodType<T>, empty: T) {
  const parsed = schema.safeParse(await area.getItem<unknown>(key));
  return parsed.success ? parsed.data : empty;
}

/** Builds the Kenar store over a storage area. */
export function createKenarStore(area: LocalArea) {
  return {
    settings: () => read(area, KEYS.settings, settingsSchema, {}),
    saveSettings: (settings: KenarSettings) => area.setItem(KEYS.settings, settings),
    tokens: () => read(area, KEYS.tokens, tokensSchema.optional(), undefined),
    saveTokens: (tokens: KenarTokens) => area.setItem(KEYS.tokens, tokens),
    clearTokens: () => area.removeItem(KEYS.tokens),
    quotaUsed: async (appId: string) => (await read(area, KEYS.quota, quotaSchema, {}))[appId] ?? 0,
    setQuotaUsed: async (appId: string, used: number) => {
      const all = await read(area, KEYS.quota, quotaSchema, {});
      await area.setItem(KEYS.quota, { ...all, [appId]: used });
    },
    refusedScopes: () => read(area, KEYS.refused, scopesSchema, []),
    saveRefusedScopes: (scopes: string[]) => area.setItem(KEYS.refused, scopes),
  };
}

/** The store's type. */
export type KenarStore = ReturnType<typeof createKenarStore>;
