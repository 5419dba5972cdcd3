/** Picks the route group and route for a request from the host table. */
import type { Route, RouteGroup } from './http-types.ts';

/** The route that matched (if any) and its captured path segments. */
export interface RouteMatch {
  group: RouteGroup;
  route?: Route;
  params: string[];
}

/** Finds the group owning the path on this host, then the first route matching method and path. */
export function matchRoute(
  groups: readonly RouteGroup[],
  method: string,
  path: string,
): RouteMatch | undefined {
  const group = groups.find((candidate) => candidate.owns(path)) ?? groups.at(-1);
  if (group === undefined) return undefined;
  for (const route of group.routes) {
    if (route.method !== '*' && route.method !== method) continue;
    const match = route.path.exec(path);
    if (match) return { group, route, params: match.slice(1).map((part) => part ?? '') };
  }
  return { group, params: [] };
}

/** The Host header's name, lower-cased and without port. */
export function hostName(hostHeader: string | undefined): string {
  return (hostHeader ?? '').toLowerCase().replace(/:\d+$/, '');
}
