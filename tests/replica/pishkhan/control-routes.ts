/**
 * Test controls of the Pishkhan replica, on api.pishkhan.cafebazaar.ir under
 * /__replica/pishkhan/ (never logged or faulted): add or change an app (its token, the version
 * code it last published), publish its last committed release, set the upload knobs, read, reset.
 */
import { z } from 'zod';
import { controlBody } from '../server/control-body.ts';
import { jsonResponse, type RouteContext, type RouteGroup } from '../server/http-types.ts';
import { newApp, pishkhanStateOf, resetPishkhanState } from './state.ts';

const appPatch = z
  .object({
    packageName: z.string().min(1),
    token: z.string().min(1),
    publishedVersionCode: z.number().int().min(0).optional(),
  })
  .strict();
const settingsPatch = z
  .object({ uploadDelayMs: z.number().int().min(0).optional(), keepOnCut: z.boolean().optional() })
  .strict();
const publish = z.object({ token: z.string().min(1) }).strict();

const bad = () => jsonResponse(400, { error: 'invalid control body' });

function snapshot(context: RouteContext) {
  const state = pishkhanStateOf(context.state);
  const apps = [...state.apps.values()].map(({ token: _, ...app }) => app);
  return jsonResponse(200, { apps, settings: state.settings });
}

/** The /__replica/pishkhan/* route group. */
export const pishkhanControlRoutes: RouteGroup = {
  name: 'pishkhan-control',
  faultScope: 'control',
  owns: (path) => path.startsWith('/__replica/pishkhan/'),
  routes: [
    { method: 'GET', path: /^\/__replica\/pishkhan\/state$/, handle: snapshot },
    {
      method: 'POST',
      path: /^\/__replica\/pishkhan\/reset$/,
      handle: (context) => {
        resetPishkhanState(context.state);
        return snapshot(context);
      },
    },
    {
      method: 'POST',
      path: /^\/__replica\/pishkhan\/apps$/,
      handle: (context) => {
        const patch = controlBody(context, appPatch);
        if (!patch) return bad();
        const apps = pishkhanStateOf(context.state).apps;
        for (const [token, app] of apps)
          if (app.packageName === patch.packageName) apps.delete(token);
        const now = context.state.now();
        apps.set(
          patch.token,
          newApp(patch.packageName, patch.token, patch.publishedVersionCode ?? 0, now),
        );
        return snapshot(context);
      },
    },
    {
      method: 'POST',
      path: /^\/__replica\/pishkhan\/publish$/,
      handle: (context) => {
        const app = pishkhanStateOf(context.state).apps.get(
          controlBody(context, publish)?.token ?? '',
        );
        if (!app || app.committed.length === 0) return bad();
        app.published.push(app.committed.length - 1);
        return snapshot(context);
      },
    },
    {
      method: 'POST',
      path: /^\/__replica\/pishkhan\/settings$/,
      handle: (context) => {
        const patch = controlBody(context, settingsPatch);
        if (!patch) return bad();
        const state = pishkhanStateOf(context.state);
        state.settings = { ...state.settings, ...patch };
        return snapshot(context);
      },
    },
  ],
  notFound: () => jsonResponse(404, { error: 'unknown Pishkhan control' }),
};
