/**
 * api.divar.ir: search, count, filters, map viewport, post detail, contact and session routes,
 * with CORS on every response.
 */
import { readSamplePostText } from '../corpus/samples.ts';
import { jsonResponse, type RouteContext, type RouteGroup } from '../server/http-types.ts';
import { answerContact } from './contact.ts';
import { corsHeaders, preflightResponse } from './cors.ts';
import { answerFilters } from './filters-page.ts';
import { jsonBody } from './json-body.ts';
import { answerViewport } from './mapview.ts';
import { answerPostCount } from './post-count.ts';
import { buildPostDetail } from './post-detail.ts';
import { runSearch } from './search-engine.ts';
import { parseSearchBody } from './search-request.ts';
import { buildSearchResponse } from './search-response.ts';
import { refreshSession, userNationality } from './session-routes.ts';

function search(context: RouteContext) {
  const query = parseSearchBody(jsonBody(context));
  const page = runSearch(query, context.state);
  return jsonResponse(200, buildSearchResponse(query, page, context.state));
}

function postDetail({ params, state }: RouteContext) {
  const token = params[0] ?? '';
  const sample = readSamplePostText(token);
  if (sample !== undefined)
    return {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: sample,
    };
  const listing = state.corpus.get(token);
  if (listing === undefined) return jsonResponse(404, { message: 'آگهی یافت نشد' });
  return jsonResponse(200, buildPostDetail(listing, state.corpus.now));
}

/** The api.divar.ir route group. */
export const apiRoutes: RouteGroup = {
  name: 'divar-web-api',
  faultScope: 'api',
  owns: () => true,
  routes: [
    { method: 'OPTIONS', path: /^\/.*$/, handle: ({ request }) => preflightResponse(request) },
    { method: 'POST', path: /^\/v8\/postlist\/w\/search\/?$/, handle: search },
    {
      method: 'POST',
      path: /^\/v8\/postlist\/w\/approximate-post-count\/?$/,
      handle: answerPostCount,
    },
    { method: 'POST', path: /^\/v8\/postlist\/w\/filters\/?$/, handle: answerFilters },
    { method: 'POST', path: /^\/v8\/mapview\/viewport\/?$/, handle: answerViewport },
    { method: 'POST', path: /^\/v8\/authenticate\/session\/refresh\/?$/, handle: refreshSession },
    { method: 'GET', path: /^\/v8\/user-profile\/user-nationality\/?$/, handle: userNationality },
    { method: 'GET', path: /^\/v8\/posts-v2\/web\/([^/]+)\/?$/, handle: postDetail },
    {
      method: 'POST',
      path: /^\/v8\/postcontact\/web\/contact_info_v2\/([^/]+)\/?$/,
      handle: (context) => answerContact(context, () => jsonBody(context)),
    },
  ],
  notFound: ({ request }) =>
    jsonResponse(404, {
      error: {
        code: 'NOT_FOUND',
        message: `${request.method} ${request.url.pathname} is not served by the replica`,
      },
    }),
  decorate: ({ request }, response) => ({
    ...response,
    headers: { ...corsHeaders(request), ...response.headers },
  }),
};
