/**
 * The replica's own HTTP controls on the divar.ir host, for other processes (Playwright, the demo):
 * GET /__replica/log, POST /__replica/log/clear, GET|POST /__replica/faults, POST /__replica/reset,
 * GET /__replica/info, and the corpus changes of `corpus-routes.ts`. These requests are not logged
 * and never faulted.
 */
import { corpusRoutes } from './corpus-routes.ts';
import { FaultSettingsPatchSchema } from './fault-settings.ts';
import { jsonResponse, type RouteContext, type RouteGroup } from './http-types.ts';

function resetAll({ state }: RouteContext) {
  state.faults.reset();
  state.log.clear();
  state.contactsServed = 0;
  return jsonResponse(200, { ok: true });
}

function setFaults({ request, state }: RouteContext) {
  let body: unknown;
  try {
    body = JSON.parse(request.body.toString('utf8') || '{}');
  } catch {
    return jsonResponse(400, { error: { code: 'INVALID_ARGUMENT', message: 'body is not JSON' } });
  }
  const parsed = FaultSettingsPatchSchema.safeParse(body);
  if (!parsed.success) {
    return jsonResponse(400, {
      error: {
        code: 'INVALID_ARGUMENT',
        message: 'invalid fault settings',
        issues: parsed.error.issues,
      },
    });
  }
  state.faults.set(parsed.data);
  return jsonResponse(200, state.faults.get());
}

/** The /__replica/* route group. */
export const controlRoutes: RouteGroup = {
  name: 'control',
  faultScope: 'control',
  owns: (path) => path.startsWith('/__replica/'),
  routes: [
    {
      method: 'GET',
      path: /^\/__replica\/log$/,
      handle: ({ state }) => jsonResponse(200, { entries: state.log.entries() }),
    },
    {
      method: 'POST',
      path: /^\/__replica\/log\/clear$/,
      handle: ({ state }) => {
        state.log.clear();
        return jsonResponse(200, { ok: true });
      },
    },
    {
      method: 'GET',
      path: /^\/__replica\/faults$/,
      handle: ({ state }) => jsonResponse(200, state.faults.get()),
    },
    { method: 'POST', path: /^\/__replica\/faults$/, handle: setFaults },
    { method: 'POST', path: /^\/__replica\/reset$/, handle: resetAll },
    ...corpusRoutes,
    {
      method: 'GET',
      path: /^\/__replica\/info$/,
      handle: ({ state }) =>
        jsonResponse(200, {
          ...state.settings,
          corpusSize: state.corpus.listings.length,
          corpusNow: new Date(state.corpus.now).toISOString(),
        }),
    },
  ],
  notFound: () =>
    jsonResponse(404, {
      error: { code: 'NOT_FOUND', message: 'unknown replica control endpoint' },
    }),
};
