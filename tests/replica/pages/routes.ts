/** divar.ir: the home page, /s/ search pages and /v/ post pages (HTML). */

import { checkSession } from '../api/session.ts';
import type { RequestInfo, RouteGroup } from '../server/http-types.ts';
import { errorPage } from './error-page.ts';
import { renderHomePage } from './home-page.ts';
import { renderPostPage } from './post-page.ts';
import { renderSearchPage } from './search-page.ts';

const isLoggedIn = (request: RequestInfo) => checkSession(request).kind === 'ok';

/** The divar.ir page route group. */
export const pageRoutes: RouteGroup = {
  name: 'divar-site',
  faultScope: 'page',
  owns: () => true,
  routes: [
    { method: 'GET', path: /^\/$/, handle: () => renderHomePage() },
    { method: 'GET', path: /^\/favicon\.ico$/, handle: () => ({ status: 204, body: '' }) },
    {
      method: 'GET',
      path: /^\/s\/.+$/,
      handle: ({ request, state }) => renderSearchPage(request.url, state, isLoggedIn(request)),
    },
    {
      method: 'GET',
      path: /^\/v\/.+$/,
      handle: ({ request, state }) => renderPostPage(request.url, state, isLoggedIn(request)),
    },
  ],
  notFound: () => errorPage(404, 'این صفحه پیدا نشد'),
};
