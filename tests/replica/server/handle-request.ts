/** The request pipeline: read, log, route, fault, deliver. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../api/errors.ts';
import { driftBody } from './drift.ts';
import type { Delivery } from './faults.ts';
import { HOST_TABLE } from './hosts.ts';
import { readBody, sendResponse } from './http-io.ts';
import {
  jsonResponse,
  type ReplicaResponse,
  type RequestInfo,
  type RouteContext,
} from './http-types.ts';
import { hostName, matchRoute, type RouteMatch } from './router.ts';
import type { ReplicaState } from './state.ts';

function isFaulted(match: RouteMatch, state: ReplicaState, request: RequestInfo): boolean {
  const settings = state.faults.get();
  const scope = match.group.faultScope;
  if (
    request.method === 'OPTIONS' ||
    scope === 'control' ||
    (scope === 'page' && !settings.applyToPages)
  )
    return false;
  return settings.pathIncludes === null || request.url.pathname.includes(settings.pathIncludes);
}

async function produce(match: RouteMatch, context: RouteContext): Promise<ReplicaResponse> {
  try {
    return match.route ? await match.route.handle(context) : match.group.notFound(context);
  } catch (error) {
    if (error instanceof ApiError) return jsonResponse(error.status, error.toBody());
    console.error('divar replica: route failed', error);
    return jsonResponse(500, { error: { code: 'INTERNAL', message: String(error) } });
  }
}

/** Answers one HTTP request. */
export async function handleRequest(
  state: ReplicaState,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const started = performance.now();
  const host = hostName(req.headers.host);
  const url = new URL(req.url ?? '/', `https://${host || 'divar.ir'}`);
  let body: Buffer;
  try {
    body = await readBody(req);
  } catch {
    res.writeHead(413).end();
    return;
  }
  const request: RequestInfo = {
    method: req.method ?? 'GET',
    host,
    url,
    headers: req.headers,
    body,
  };
  const entry = url.pathname.startsWith('/__replica/')
    ? undefined
    : state.log.start({ ...request });
  const match = matchRoute(HOST_TABLE.get(host) ?? [], request.method, url.pathname);
  if (match === undefined) {
    if (entry) entry.status = 421;
    res
      .writeHead(421, { 'content-type': 'text/plain' })
      .end(`divar replica does not serve host "${host}"`);
    return;
  }
  const context: RouteContext = { request, params: match.params, state };
  const faulted = isFaulted(match, state, request);
  const tags: string[] = [];
  let response: ReplicaResponse | undefined;
  let forced: Delivery | undefined;
  if (faulted) {
    const gone = new AbortController();
    res.once('close', () => gone.abort());
    const remoteAddress = req.socket.remoteAddress ?? 'unknown';
    const before = await state.faults.before({
      remoteAddress,
      cookie: req.headers.cookie,
      signal: gone.signal,
    });
    tags.push(...before.tags);
    response = before.response;
    forced = before.delivery;
  }
  response ??= await produce(match, context);
  if (
    faulted &&
    state.faults.get().drift &&
    response.status === 200 &&
    typeof response.body === 'string'
  ) {
    response = { ...response, body: driftBody(response.body) };
    tags.push('drift');
  }
  tags.push(...(response.faultTags ?? []));
  response = match.group.decorate?.(context, response) ?? response;
  const delivery = faulted ? (forced ?? state.faults.delivery()) : 'normal';
  if (delivery !== 'normal') tags.push(delivery === 'cut' ? 'cutConnection' : 'slowBody');
  if (delivery === 'cut') response.rollback?.();
  if (entry) {
    entry.status = response.status;
    entry.faults = tags;
  }
  try {
    await sendResponse(res, response, delivery, state.faults.get().slowBodyMs);
  } finally {
    if (entry) entry.durationMs = Math.round(performance.now() - started);
  }
}
