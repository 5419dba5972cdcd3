/** One Kenar call from a row of the endpoint table: URL, auth headers, body, checked answer. */
import type { z } from 'zod';
import { AppError } from '../errors';
import type { RequestJson } from '../http/request';
import type { EndpointSpec } from './endpoints';

/** The Kenar API's origin (spec `servers`). */
export const KENAR_ORIGIN = 'https://open-api.divar.ir';

/** What a call is built from; secrets are read at call time, never kept. */
export interface CallDeps {
  request: RequestJson;
  getApiKey(): Promise<string | undefined>;
  /** The user's access token; `renew` asks for a fresh one after a 401. Throws when not connected. */
  getAccessToken(options?: { renew?: boolean }): Promise<string>;
  origin?: string;
}

/** Path parameters, query parameters and body of one call. */
export interface CallArgs {
  params?: Record<string, string>;
  query?: Record<string, string | undefined>;
  body?: unknown;
  /** Overrides the shared retry count (0 for calls that must not repeat, like search). */
  retries?: number;
  signal?: AbortSignal;
}

/** Fills `{name}` placeholders of a spec path, URL-encoding each value. */
export function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_all, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new AppError('bad-message', `missing ${name}`);
    return encodeURIComponent(value);
  });
}

function urlOf(origin: string, spec: EndpointSpec, args: CallArgs): string {
  const url = new URL(fillPath(spec.path, args.params), origin);
  for (const [name, value] of Object.entries(args.query ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(name, value);
  }
  return url.href;
}

async function headersFor(deps: CallDeps, spec: EndpointSpec, renew: boolean) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (spec.body) headers['content-type'] = 'application/json';
  const key = await deps.getApiKey();
  if (spec.auth === 'optional-key') return key ? { ...headers, 'x-api-key': key } : headers;
  if (!key) throw new AppError('kenar-no-key', 'no Kenar API key is set');
  headers['x-api-key'] = key;
  if (spec.auth === 'user')
    headers.authorization = `Bearer ${await deps.getAccessToken({ renew })}`;
  return headers;
}

/**
 * Sends one call described by `spec`: the API key for key and user calls, the bearer token for
 * user calls (renewed once after a 401), the body checked by the spec's schema before sending.
 */
export async function callEndpoint<S extends EndpointSpec>(
  deps: CallDeps,
  spec: S,
  args: CallArgs = {},
): Promise<z.infer<S['response']>> {
  if (spec.body) {
    const checked = spec.body.safeParse(args.body);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new AppError(
        'kenar-invalid',
        `${issue?.path.join('.') || '(body)'}: ${issue?.message}`,
      );
    }
  }
  const send = async (renew: boolean) =>
    deps.request({
      url: urlOf(deps.origin ?? KENAR_ORIGIN, spec, args),
      method: spec.method,
      headers: await headersFor(deps, spec, renew),
      body: spec.body ? args.body : undefined,
      schema: spec.response as z.ZodType<z.infer<S['response']>>,
      retries: args.retries,
      signal: args.signal,
    });
  try {
    return await send(false);
  } catch (error) {
    const expired = error instanceof AppError && error.kind === 'kenar-not-connected';
    if (!expired || spec.auth !== 'user') throw error;
    return send(true);
  }
}
