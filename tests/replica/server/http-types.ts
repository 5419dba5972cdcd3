import type { IncomingHttpHeaders } from 'node:http';
import type { ReplicaState } from './state.ts';

/** A response a route produced, before faults decide how it is delivered. */
export interface ReplicaResponse {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
  /** Faults a route applied itself (e.g. "captcha"), for the request log. */
  faultTags?: string[];
  /** Undoes the route's side effects (counters) when the response is cut and never reaches the client. */
  rollback?: () => void;
}

/** The request as routes see it (body already read). */
export interface RequestInfo {
  method: string;
  /** Host header without port, lower-cased. */
  host: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** What a route handler gets: the request, regex captures of its path, the shared state. */
export interface RouteContext {
  request: RequestInfo;
  params: string[];
  state: ReplicaState;
}

/** One route: method, path pattern (matched against the decoded-free pathname) and handler. */
export interface Route {
  method: string;
  path: RegExp;
  handle(context: RouteContext): ReplicaResponse | Promise<ReplicaResponse>;
}

/** The routes of one host (or part of one), with how faults apply and a fallback. */
export interface RouteGroup {
  name: string;
  /** "api" groups get faults; "page" groups only with `applyToPages`; "control" never. */
  faultScope: 'api' | 'page' | 'control';
  routes: Route[];
  /** Whether this group handles the path at all (lets several groups share a host). */
  owns(path: string): boolean;
  notFound(context: RouteContext): ReplicaResponse;
  /** Adds group-wide headers (CORS) to every response, faulted ones included. */
  decorate?(context: RouteContext, response: ReplicaResponse): ReplicaResponse;
}

/** A JSON response. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): ReplicaResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** An HTML response (UTF-8). */
export function htmlResponse(status: number, html: string): ReplicaResponse {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body: html };
}
