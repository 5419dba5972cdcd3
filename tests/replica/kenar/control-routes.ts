/**
 * Test controls of the Kenar replica, on open-api.divar.ir under /__replica/kenar/ (never logged
 * or faulted): register or change an app, give the signed-in user posts, set the posting faults,
 * expire tokens, read the state, reset. Bodies are zod-checked; 400 on anything unknown.
 */
import { z } from 'zod';
import { controlBody } from '../server/control-body.ts';
import type { RouteContext, RouteGroup } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import { ownPostFrom } from './records.ts';
import { DEMO_APP, kenarStateOf, resetKenarState } from './state.ts';

const faultsPatch = z
  .object({
    cannotSubmit: z.boolean().optional(),
    refuseUploadV2: z.boolean().optional(),
    imageMaxBytes: z.number().int().positive().optional(),
    rateLimitNext: z.number().int().min(0).optional(),
    refuseField: z.string().nullable().optional(),
  })
  .strict();

const appPatch = z
  .object({
    slug: z.string().min(1),
    apiKey: z.string().min(1).optional(),
    clientSecret: z.string().min(1).optional(),
    redirectUris: z.array(z.string()).optional(),
    permissions: z.union([z.literal('all'), z.array(z.string())]).optional(),
    scopes: z.union([z.literal('all'), z.array(z.string())]).optional(),
    searchUsed: z.number().int().min(0).optional(),
    consent: z.enum(['page', 'auto']).optional(),
    tokenLifetimeSeconds: z.number().int().positive().optional(),
  })
  .strict();

const postPatch = z
  .object({
    token: z.string().min(1),
    phone: z.string().optional(),
    expired: z.boolean().optional(),
    state: z.string().optional(),
  })
  .strict();

const signIn = z.object({ phone: z.string().regex(/^09\d{9}$/) }).strict();

const bad = () =>
  jsonResponse(400, { error: { code: 'INVALID_ARGUMENT', message: 'invalid body' } });

function snapshot(context: RouteContext) {
  const kenar = kenarStateOf(context.state);
  return jsonResponse(200, {
    apps: [...kenar.apps.values()],
    posts: [...kenar.posts.values()],
    businesses: kenar.businesses,
    businessButtons: Object.fromEntries(kenar.businessButtons),
    uploads: [...kenar.uploads],
    faults: kenar.faults,
    signedInPhone: kenar.signedInPhone,
    tokens: kenar.accessTokens.size,
  });
}

/** The /__replica/kenar/* route group. */
export const kenarControlRoutes: RouteGroup = {
  name: 'kenar-control',
  faultScope: 'control',
  owns: (path) => path.startsWith('/__replica/kenar/'),
  routes: [
    { method: 'GET', path: /^\/__replica\/kenar\/state$/, handle: snapshot },
    {
      method: 'POST',
      path: /^\/__replica\/kenar\/reset$/,
      handle: (context) => {
        resetKenarState(context.state);
        return snapshot(context);
      },
    },
    {
      method: 'POST',
      path: /^\/__replica\/kenar\/apps$/,
      handle: (context) => {
        const patch = controlBody(context, appPatch);
        if (!patch) return bad();
        const apps = kenarStateOf(context.state).apps;
        const old = apps.get(patch.slug) ?? { ...DEMO_APP, redirectUris: [], slug: patch.slug };
        apps.set(patch.slug, { ...old, ...patch });
        return snapshot(context);
      },
    },
    {
      method: 'POST',
      path: /^\/__replica\/kenar\/posts$/,
      handle: (context) => {
        const patch = controlBody(context, postPatch);
        const kenar = kenarStateOf(context.state);
        const listing = patch && context.state.corpus.get(patch.token);
        if (!patch || !listing) return bad();
        const post = kenar.posts.get(patch.token) ?? ownPostFrom(listing, kenar.signedInPhone);
        kenar.posts.set(patch.token, { ...post, ...patch, phone: patch.phone ?? post.phone });
        return snapshot(context);
      },
    },
    {
      method: 'POST',
      path: /^\/__replica\/kenar\/faults$/,
      handle: (context) => {
        const patch = controlBody(context, faultsPatch);
        if (!patch) return bad();
        const kenar = kenarStateOf(context.state);
        const defined = Object.entries(patch).filter(([, value]) => value !== undefined);
        kenar.faults = { ...kenar.faults, ...Object.fromEntries(defined) };
        return snapshot(context);
      },
    },
    {
      method: 'POST',
      path: /^\/__replica\/kenar\/sign-in$/,
      handle: (context) => {
        const body = controlBody(context, signIn);
        if (!body) return bad();
        kenarStateOf(context.state).signedInPhone = body.phone;
        return snapshot(context);
      },
    },
    {
      method: 'POST',
      path: /^\/__replica\/kenar\/expire-tokens$/,
      handle: (context) => {
        for (const grant of kenarStateOf(context.state).accessTokens.values()) grant.expiresAt = 0;
        return snapshot(context);
      },
    },
  ],
  notFound: () =>
    jsonResponse(404, { error: { code: 'NOT_FOUND', message: 'unknown Kenar control' } }),
};
