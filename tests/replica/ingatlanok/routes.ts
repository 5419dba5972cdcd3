/**
 * ingatlanok.hu JSON API v3 on the replica (ingatlanok.hu and sandbox.ingatlanok.hu): HTTP Basic
 * auth, every endpoint of the overview page, `POST /batch` (at most 100 items, a 207 with one
 * answer per item in order) and the hourly limit: past 100 bad requests (4xx, batch items
 * included) in an hour every request is refused with error code 12.
 */
import type { RouteContext, RouteGroup } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import { type Answer, fail, operate } from './operations.ts';
import { DEMO_ACCOUNT, type IngatlanokSystem, systemOf } from './state.ts';

const PREFIX = '/api/json/v3';
const HOUR_MS = 3_600_000;
/** Bad requests one IP may send in an hour. */
export const HOURLY_LIMIT = 100;

/** Bad requests answered in the last hour. */
export const badInHour = (system: IngatlanokSystem, now: number) =>
  system.bad.filter((at) => now - at < HOUR_MS).length;

function isAuthorized(context: RouteContext): boolean {
  const header = context.request.headers.authorization ?? '';
  const [scheme, encoded = ''] = header.split(' ');
  if (scheme !== 'Basic') return false;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  return decoded === `${DEMO_ACCOUNT.user}:${DEMO_ACCOUNT.password}`;
}

function parseJson(context: RouteContext): { ok: true; value: unknown } | { ok: false } {
  const text = context.request.body.toString('utf8');
  if (!text) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function batch(system: IngatlanokSystem, items: unknown, now: number): Answer {
  if (!Array.isArray(items)) return fail(400, 2, 'body: array of requests expected');
  if (items.length > 100) return fail(400, 2, 'at most 100 requests in one batch');
  const answers = items.map((item) => {
    const { method, uri, body } = (item ?? {}) as {
      method?: unknown;
      uri?: unknown;
      body?: unknown;
    };
    if (typeof method !== 'string' || method !== method.toUpperCase() || typeof uri !== 'string')
      return fail(400, 2, 'method (upper case) and uri expected');
    const transfer = new URL(uri, 'https://x.invalid').searchParams.get('transfer_id');
    const id = transfer ?? (body as { id?: { transfer_id?: string } })?.id?.transfer_id ?? '';
    if (system.rules.failOnce?.includes(id) && !system.failed.has(id)) {
      system.failed.add(id);
      return { status: 503, body: { error_description: 'Átmeneti hiba' } };
    }
    return operate(system, method, uri, body, now);
  });
  return { status: 207, body: answers };
}

function answer(context: RouteContext): ReturnType<typeof jsonResponse> {
  const { request, state } = context;
  const system = systemOf(state, request.host);
  const now = Date.now();
  if (badInHour(system, now) >= HOURLY_LIMIT)
    return jsonResponse(403, { error_code: 12, error_description: 'Túl sok hibás kérés' });
  const count = (result: Answer) => {
    const items = result.status === 207 ? (result.body as Answer[]) : [result];
    for (const item of items) if (item.status >= 400 && item.status < 500) system.bad.push(now);
    return jsonResponse(result.status, result.body);
  };
  if (!isAuthorized(context)) return count(fail(401, 1, 'Hibás felhasználónév vagy jelszó'));
  const json = parseJson(context);
  if (!json.ok) return count(fail(400, 2, 'body: not JSON'));
  const path = request.url.pathname.slice(PREFIX.length);
  if (request.method === 'POST' && path === '/batch') return count(batch(system, json.value, now));
  return count(operate(system, request.method, `${path}${request.url.search}`, json.value, now));
}

/** The API route group of both ingatlanok.hu hosts. */
export const ingatlanokRoutes: RouteGroup = {
  name: 'ingatlanok',
  faultScope: 'api',
  owns: (path) => path.startsWith(`${PREFIX}/`),
  routes: [{ method: '*', path: /^\/api\/json\/v3\/.+$/, handle: answer }],
  notFound: () => jsonResponse(404, { error_code: 4, error_description: 'Nincs ilyen végpont' }),
};
