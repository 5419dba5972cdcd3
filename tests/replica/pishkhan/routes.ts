/**
 * api.pishkhan.cafebazaar.ir: the seven release endpoints of the page. Paths are served with and
 * without the trailing slash (the page prints none, public clients send one; the log shows which
 * came). The token header is checked first (403); every answer carries Bazaar's `type`.
 */
import {
  jsonResponse,
  type ReplicaResponse,
  type RouteContext,
  type RouteGroup,
} from '../server/http-types.ts';
import { parseMultipart } from './multipart.ts';
import { addPackage, commitDraft, createDraft, lastOf, PkError, WORDS } from './releases.ts';
import { type PkApp, type PkRelease, pishkhanStateOf } from './state.ts';

const HEADER = 'cafebazaar-pishkhan-api-secret';

const success = (status: number, message: string, extra: object = {}) =>
  jsonResponse(status, { type: 'success', message, ...extra });

// developer_note goes to the review team; the page's answers never show it.
const shown = ({ developer_note: _, ...release }: PkRelease) => release;

function appOf(context: RouteContext): PkApp {
  const token = String(context.request.headers[HEADER] ?? '').trim();
  const app = token ? pishkhanStateOf(context.state).apps.get(token) : undefined;
  if (!app) throw new PkError(403, 'access_forbidden', WORDS.forbidden);
  return app;
}

function jsonBody(context: RouteContext): unknown {
  try {
    return JSON.parse(context.request.body.toString('utf8') || '{}');
  } catch {
    throw new PkError(400, 'bad_request', 'JSON parse error.'); // guess
  }
}

const guarded =
  (run: (context: RouteContext, app: PkApp) => ReplicaResponse | Promise<ReplicaResponse>) =>
  async (context: RouteContext) => {
    try {
      return await run(context, appOf(context));
    } catch (error) {
      if (error instanceof PkError)
        return jsonResponse(error.status, { type: error.type, message: error.message });
      throw error;
    }
  };

const at = (name: string) => new RegExp(`^/v1/apps/releases/${name}${name ? '/?' : ''}$`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const LAST = ['last-committed', 'last-uncommitted', 'last-published'] as const;
const NOUN = {
  'last-committed': 'committed',
  'last-uncommitted': 'uncommitted',
  'last-published': 'published',
};

/** The Pishkhan API group. Faults (429 bursts, cut connections) apply; their 429 is Bazaar's. */
export const pishkhanRoutes: RouteGroup = {
  name: 'pishkhan',
  faultScope: 'api',
  owns: (path) => path.startsWith('/v1/'),
  routes: [
    {
      method: 'POST',
      path: at(''),
      handle: guarded((context, app) =>
        success(201, 'New Release successfully created.', {
          release: shown(createDraft(app, context.state.now())),
        }),
      ),
    },
    {
      method: 'DELETE',
      path: at(''),
      handle: guarded((_, app) => {
        if (!app.draft) throw new PkError(400, 'bad_request', WORDS.noDraft);
        app.draft = null;
        return success(200, 'Release successfully deleted.');
      }),
    },
    {
      method: 'POST',
      path: at('upload'),
      handle: guarded(async (context, app) => {
        const parts = parseMultipart(
          String(context.request.headers['content-type'] ?? ''),
          context.request.body,
        );
        if (!parts)
          throw new PkError(400, 'bad_request', 'Unsupported media type, use multipart/form-data.'); // guess
        const state = pishkhanStateOf(context.state);
        const { pkg, undo } = await addPackage(app, parts, context.state.now());
        if (state.settings.uploadDelayMs > 0) await sleep(state.settings.uploadDelayMs);
        const response = success(200, 'Package successfully added to release.', { package: pkg });
        return state.settings.keepOnCut ? response : { ...response, rollback: undo };
      }),
    },
    {
      method: 'POST',
      path: at('commit'),
      handle: guarded((context, app) => {
        const release = commitDraft(app, pishkhanStateOf(context.state), jsonBody(context));
        return success(200, 'Release successfully committed.', { release: shown(release) });
      }),
    },
    ...LAST.map((which) => ({
      method: 'GET',
      path: at(which),
      handle: guarded((_, app) => {
        const release = lastOf(app, which);
        if (!release)
          return jsonResponse(200, {
            type: 'not-exists',
            message: `There is no ${NOUN[which]} release.`,
          }); // guess
        return success(200, `Last ${NOUN[which]} release successfully retrived.`, {
          release: shown(release),
        });
      }),
    })),
  ],
  notFound: () => jsonResponse(404, { detail: 'Not found.' }),
  // Faulted 429s (bursts, storms) take Bazaar's shape; no Retry-After, as none is documented.
  decorate: (_, response) => {
    if (response.status !== 429) return response;
    const { 'retry-after': _drop, ...headers } = response.headers ?? {};
    return {
      ...response,
      headers,
      body: JSON.stringify({ type: 'too_many_requests', message: WORDS.tooMany }),
    };
  },
};
