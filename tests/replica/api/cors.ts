/** CORS of api.divar.ir as the web app needs it (credentials from https://divar.ir and extensions). */
import type { ReplicaResponse, RequestInfo } from '../server/http-types.ts';

const ALLOWED_HEADERS = [
  'accept',
  'accept-language',
  'authorization',
  'content-type',
  'x-render-type',
  'x-standard-divar-error',
  'x-web-serving-mode',
  'x-screen-size',
  'baggage',
  'sentry-trace',
  'traceparent',
  'rid',
  'st-auth-mode',
].join(', ');

function allowedOrigin(origin: string | undefined): string | undefined {
  if (origin === undefined) return undefined;
  if (origin === 'https://divar.ir' || origin === 'https://www.divar.ir') return origin;
  return /^(chrome|moz)-extension:\/\/[a-zA-Z0-9-]+$/.test(origin) ? origin : undefined;
}

/** CORS response headers for a request (none when the Origin is not allowed). */
export function corsHeaders(request: RequestInfo): Record<string, string> {
  const origin = allowedOrigin(request.headers.origin);
  if (origin === undefined) return { vary: 'Origin' };
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': 'retry-after, front-token',
    vary: 'Origin',
  };
}

/** The answer to a preflight OPTIONS request. */
export function preflightResponse(request: RequestInfo): ReplicaResponse {
  const cors = corsHeaders(request);
  if (cors['access-control-allow-origin'] === undefined)
    return { status: 403, headers: cors, body: '' };
  return {
    status: 204,
    headers: {
      ...cors,
      'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
      'access-control-allow-headers': ALLOWED_HEADERS,
      'access-control-max-age': '600',
    },
    body: '',
  };
}
