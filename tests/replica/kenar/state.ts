/**
 * The Kenar side of a replica: registered apps (key, secret, redirect URLs, permissions, approved
 * scopes, search calls used), the divar user who signs in on the consent page, the user's own
 * posts (edits, buttons, deletions), and the OAuth codes and tokens handed out. Kept per replica
 * beside its shared state, reset with POST /__replica/kenar/reset.
 */
import type { ReplicaState } from '../server/state.ts';
import { DEMO_BUSINESSES, DEMO_PHONE, seedDemoPosts } from './records.ts';

/** A registered Kenar app. `'all'` grants every permission or scope. */
export interface KenarApp {
  slug: string;
  apiKey: string;
  clientSecret: string;
  /** Allowed redirect URLs; `*` matches one host label (`https://*.chromiumapp.org/kenar`). */
  redirectUris: string[];
  permissions: 'all' | string[];
  /** Scopes the app may ask for; `POST_EDIT` allows every `POST_EDIT.<token>`. */
  scopes: 'all' | string[];
  searchUsed: number;
  /** `page`: the user approves on a consent page; `auto`: approved at once. */
  consent: 'page' | 'auto';
  tokenLifetimeSeconds: number;
}

/** A post the signed-in user owns, with what Kenar calls changed. */
export interface OwnPost {
  token: string;
  phone: string;
  title: string;
  description: string;
  category: string;
  city: string;
  district?: string;
  images: string[];
  state: string;
  expired: boolean;
  deleted: boolean;
  button?: unknown;
  categoryData: Record<string, unknown>;
  chatEnabled: boolean;
  hidePhone: boolean;
  /** Set for posts submitted through Kenar (ms since epoch); they are not in the corpus. */
  submittedAt?: number;
}

/** A business a divar user owns or works for (`GetUserBusinessesResponseBusiness`). */
export interface Business {
  token: string;
  phone: string;
  type: string;
  brandName: string;
  role: string;
}

/** Knobs for the refusals and limits tests need (POST /__replica/kenar/faults). */
export interface KenarFaults {
  /** can-submit answers `can_submit: false` (omitted, as proto3 does). */
  cannotSubmit: boolean;
  /** upload-urls v2 answers 403: the app must fall back to the v1 upload URL. */
  refuseUploadV2: boolean;
  /** Largest image the upload routes take (413 above it). A guess: Kenar publishes none. */
  imageMaxBytes: number;
  /** The next N Kenar calls answer 429: the app's daily quota is used up. */
  rateLimitNext: number;
  /** Submissions answer 400 naming this path (`category_fields.size`): a rule the schema does not show. */
  refuseField: string | null;
}

/** The default knobs: nothing refused, images up to 2,000,000 bytes. */
export const defaultKenarFaults = (): KenarFaults => ({
  cannotSubmit: false,
  refuseUploadV2: false,
  imageMaxBytes: 2_000_000,
  rateLimitNext: 0,
  refuseField: null,
});

/** What a code or token stands for. */
export interface Grant {
  app: string;
  phone: string;
  scopes: string[];
  redirectUri: string;
  expiresAt: number;
  /** The PKCE challenge of the authorization request (codes only). */
  codeChallenge?: string;
  /** One consent's tokens: revoking its refresh token revokes every token of the chain. */
  chain?: string;
}

/** A consent being asked for on the consent page. */
export interface PendingConsent {
  app: string;
  redirectUri: string;
  scopes: string[];
  state: string;
  codeChallenge: string;
}

/** The Kenar state of one replica. */
export interface KenarState {
  apps: Map<string, KenarApp>;
  posts: Map<string, OwnPost>;
  /** The divar user who approves on the consent page. */
  signedInPhone: string;
  consents: Map<string, PendingConsent>;
  codes: Map<string, Grant>;
  accessTokens: Map<string, Grant>;
  refreshTokens: Map<string, Grant>;
  businessButtons: Map<string, unknown>;
  businesses: Business[];
  /** Paths of uploaded images (what `images[]` may name), and v1 upload tickets with their expiry. */
  uploads: Set<string>;
  tickets: Map<string, number>;
  faults: KenarFaults;
  serial: number;
}

/** The demo app: any extension's redirect URL is accepted, so `npm run demo` can connect. */
export const DEMO_APP: KenarApp = {
  slug: 'divar-actions-demo',
  apiKey: 'demo-kenar-api-key',
  clientSecret: 'demo-oauth-secret',
  redirectUris: ['https://*.chromiumapp.org/kenar', 'https://*.extensions.allizom.org/kenar'],
  permissions: 'all',
  scopes: 'all',
  searchUsed: 0,
  consent: 'page',
  tokenLifetimeSeconds: 3600,
};

function freshState(replica: ReplicaState): KenarState {
  const state: KenarState = {
    apps: new Map([[DEMO_APP.slug, { ...DEMO_APP }]]),
    posts: new Map(),
    signedInPhone: DEMO_PHONE,
    consents: new Map(),
    codes: new Map(),
    accessTokens: new Map(),
    refreshTokens: new Map(),
    businessButtons: new Map(),
    businesses: DEMO_BUSINESSES.map((business) => ({ ...business })),
    uploads: new Set(),
    tickets: new Map(),
    faults: defaultKenarFaults(),
    serial: 0,
  };
  seedDemoPosts(replica, state);
  return state;
}

const states = new WeakMap<ReplicaState, KenarState>();

/** The Kenar state of a replica, created on first use. */
export function kenarStateOf(replica: ReplicaState): KenarState {
  let state = states.get(replica);
  if (!state) {
    state = freshState(replica);
    states.set(replica, state);
  }
  return state;
}

/** Forgets every app change, post change, code and token. */
export function resetKenarState(replica: ReplicaState): KenarState {
  states.delete(replica);
  return kenarStateOf(replica);
}

/** The app with this API key. */
export function appByKey(state: KenarState, apiKey: string): KenarApp | undefined {
  return [...state.apps.values()].find((app) => app.apiKey === apiKey);
}

/** A new opaque value with a prefix (`ory_at_…`). */
export function nextSecret(state: KenarState, prefix: string): string {
  state.serial += 1;
  const random = Math.random().toString(36).slice(2, 12);
  return `${prefix}${state.serial.toString(36)}${random}`;
}
