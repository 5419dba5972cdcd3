/**
 * open-api.divar.ir (Kenar). Placeholder: every request is a 404 JSON until the Kenar routes
 * (validated against shared/reference/kenar/openapi-v3.json) are added to `routes`.
 */
import { jsonResponse, type RouteGroup } from '../server/http-types.ts';

/** The open-api.divar.ir route group. */
export const openApiRoutes: RouteGroup = {
  name: 'kenar-open-api',
  faultScope: 'api',
  owns: () => true,
  routes: [],
  notFound: ({ request }) =>
    jsonResponse(404, {
      code: 5,
      message: `Not Found: ${request.method} ${request.url.pathname} is not in the replica yet`,
      details: [],
    }),
};
