/** oauth.divar.ir (Kenar OAuth). Placeholder: every request is a 404 JSON until the OAuth routes land. */
import { jsonResponse, type RouteGroup } from '../server/http-types.ts';

/** The oauth.divar.ir route group. */
export const oauthRoutes: RouteGroup = {
  name: 'kenar-oauth',
  faultScope: 'api',
  owns: () => true,
  routes: [],
  notFound: ({ request }) =>
    jsonResponse(404, {
      error: 'not_found',
      error_description: `${request.url.pathname} is not in the replica yet`,
    }),
};
