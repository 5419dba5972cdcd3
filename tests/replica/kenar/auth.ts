/**
 * Who is calling: the app of the `x-api-key` header (and its permission for the operation), and
 * for user calls the grant behind the bearer token, which must carry one of the operation's
 * scopes (`POST_EDIT.post_token` means `POST_EDIT.<the post_token of the path>`).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { rpc } from './errors.ts';
import type { SpecOperation } from './spec.ts';
import { appByKey, type Grant, type KenarApp, type KenarState } from './state.ts';

/** The checked caller of one operation. */
export interface Caller {
  app?: KenarApp;
  grant?: Grant;
}

function header(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** The concrete scopes that allow `op` with these path parameters. */
export function concreteScopes(op: SpecOperation, params: Record<string, string>): string[] {
  return op.scopes.map((scope) => {
    const [name, resource] = scope.split('.');
    return resource ? `${name}.${params[resource] ?? ''}` : scope;
  });
}

/** The app of an API key; throws 401 for a missing (when required) or unknown key. */
export function appOf(
  state: KenarState,
  headers: IncomingHttpHeaders,
  required: boolean,
): KenarApp | undefined {
  const key = header(headers, 'x-api-key').trim();
  if (!key) {
    if (required) throw rpc.unauthenticated('api key is missing: send the X-API-Key header');
    return undefined;
  }
  const app = appByKey(state, key);
  if (!app) throw rpc.unauthenticated('invalid api key');
  return app;
}

/** Checks key, permission, token and scope for `op`; throws the error Kenar would give. */
export function authenticate(
  state: KenarState,
  op: SpecOperation,
  headers: IncomingHttpHeaders,
  params: Record<string, string>,
): Caller {
  const isAsset = op.operationId.startsWith('Assets_');
  const app = appOf(state, headers, !isAsset);
  if (!app || isAsset) return { app };
  if (op.permission && app.permissions !== 'all' && !app.permissions.includes(op.permission))
    throw rpc.denied(`api key lacks permission ${op.permission}`);
  if (op.scopes.length === 0) return { app };
  const bearer = /^Bearer\s+(\S+)$/i.exec(header(headers, 'authorization'))?.[1];
  if (!bearer) throw rpc.unauthenticated('access token is missing: send Authorization: Bearer');
  const grant = state.accessTokens.get(bearer);
  if (!grant || grant.expiresAt <= Date.now())
    throw rpc.unauthenticated('access token is invalid or expired');
  if (grant.app !== app.slug) throw rpc.unauthenticated('access token was issued to another app');
  const needed = concreteScopes(op, params);
  if (!needed.some((scope) => grant.scopes.includes(scope)))
    throw rpc.denied(`missing scope: one of ${needed.join(', ')}`);
  return { app, grant };
}
