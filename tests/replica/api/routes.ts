/** api.divar.ir: search, post detail and contact routes, with CORS on every response. */
import { readSamplePostText } from '../corpus/samples.ts';
import { jsonResponse, type RouteContext, type RouteGroup } from '../server/http-types.ts';
import { answerContact } from './contact.ts';
import { corsHeaders, preflightResponse } from './cors.ts';
import { badRequest } from './errors.ts';
import { buildPostDetail } from './post-detail.ts';
import { runSearch } from './search-engine.ts';
import { parseSearchBody } from './search-request.ts';
import { buildSearchResponse } from './search-response.ts';

/** The request body as JSON; throws ApiError(400) when it does not parse. */
export function jsonBody({ request }: RouteContext): unknown {
  const text = request.body.toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest('request body is not valid JSON');
  }
}

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
