/**
 * open-api.divar.ir (Kenar): every call is matched to an operation of openapi-v3.json, its key,
 * permission, token and scope checked, its query and body validated against the spec (a mismatch
 * gets the 400 grpc-gateway would give), answered by the replica's handler, and the answer itself
 * validated against the spec before it is sent. Uploads to the URLs Kenar hands out live here too.
 */
import type { RouteContext, RouteGroup } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import { authenticate } from './auth.ts';
import { KenarError, rpc } from './errors.ts';
import type { Operation } from './operation.ts';
import { ASSETS_OPERATIONS } from './operations-assets.ts';
import { FINDER_OPERATIONS } from './operations-finder.ts';
import { POST_OPERATIONS } from './operations-post.ts';
import { matchOperation, OPERATIONS, type SpecOperation } from './spec.ts';
import { kenarStateOf } from './state.ts';
import { uploadRoutes } from './upload-routes.ts';
import { validate } from './validate.ts';

const HANDLERS: Record<string, Operation> = {
  ...FINDER_OPERATIONS,
  ...POST_OPERATIONS,
  ...ASSETS_OPERATIONS,
};

function readBody(op: SpecOperation, context: RouteContext): unknown {
  if (!op.requestBody) return undefined;
  const text = context.request.body.toString('utf8');
  if (!text.trim()) {
    if (op.requestRequired) throw rpc.invalid('request body is required');
    return {};
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw rpc.invalid('invalid character in request body: not JSON');
  }
  const problem = validate(body, op.requestBody, 'request');
  if (problem) throw rpc.invalid(`invalid request ${problem.path}: ${problem.message}`);
  return body;
}

function checkQuery(op: SpecOperation, query: URLSearchParams): void {
  for (const name of query.keys()) {
    if (!op.queryNames.includes(name)) throw rpc.invalid(`unknown query parameter ${name}`);
  }
}

function answer(context: RouteContext) {
  const { method, url, headers } = context.request;
  const match = matchOperation(method, url.pathname);
  if (!match) {
    const otherMethod = OPERATIONS.some((op) => op.pattern.test(url.pathname));
    throw otherMethod ? rpc.methodNotAllowed() : rpc.notFound('Not Found');
  }
  const { op, params } = match;
  const handler = HANDLERS[op.operationId];
  if (!handler) throw rpc.unimplemented(`${op.operationId} is not in the replica`);
  const kenar = kenarStateOf(context.state);
  const caller = authenticate(kenar, op, headers, params);
  if (kenar.faults.rateLimitNext > 0 && !op.operationId.startsWith('Assets_')) {
    kenar.faults.rateLimitNext -= 1;
    throw rpc.exhausted('daily quota of the app is exhausted; it resets tomorrow');
  }
  checkQuery(op, url.searchParams);
  const body = readBody(op, context);
  const result = handler({
    replica: context.state,
    kenar,
    params,
    query: url.searchParams,
    body,
    ...caller,
  });
  const problem = validate(result, op.response, 'response');
  if (problem)
    throw rpc.internal(`replica answer breaks the spec at ${problem.path}: ${problem.message}`);
  return jsonResponse(200, result);
}

/** The open-api.divar.ir route group. */
export const openApiRoutes: RouteGroup = {
  name: 'kenar-open-api',
  faultScope: 'api',
  owns: () => true,
  routes: [
    ...uploadRoutes,
    {
      method: '*',
      path: /^\/.*$/,
      handle: (context) => {
        try {
          return answer(context);
        } catch (error) {
          if (error instanceof KenarError) return error.toResponse();
          throw error;
        }
      },
    },
  ],
  notFound: () => rpc.notFound('Not Found').toResponse(),
};
