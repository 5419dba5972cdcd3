/**
 * The upload endpoints behind the URLs of `upload-urls` (not in the spec; shapes from the docs):
 * the binary body, `x-api-key`, and an empty Authorization header.
 */
import { createHash } from 'node:crypto';
import type { Route, RouteContext } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import { appOf } from './auth.ts';
import { KenarError, rpc } from './errors.ts';
import { kenarStateOf } from './state.ts';

function checked(context: RouteContext, kind: 'image' | 'video'): string {
  const { headers, body } = context.request;
  appOf(kenarStateOf(context.state), headers, true);
  if ((headers.authorization ?? '').trim() !== '')
    throw rpc.invalid('authorization header must be empty on uploads');
  const type = String(headers['content-type'] ?? '');
  if (!type.startsWith(`${kind}/`)) throw rpc.invalid(`content-type must be ${kind}/*`);
  if (body.length === 0) throw rpc.invalid('empty upload');
  return createHash('sha256').update(body).digest('hex').slice(0, 20);
}

const guarded = (run: (context: RouteContext) => unknown) => (context: RouteContext) => {
  try {
    return jsonResponse(200, run(context));
  } catch (error) {
    if (error instanceof KenarError) return error.toResponse();
    throw error;
  }
};

/** POST /v8/upload/post/live-post-image and PUT /v1/upload-video/. */
export const uploadRoutes: Route[] = [
  {
    method: 'POST',
    path: /^\/v8\/upload\/post\/live-post-image$/,
    handle: guarded((context) => {
      const name = checked(context, 'image');
      const cdn = 'https://s100.divarcdn.com/static/photo/neda/post';
      return {
        path: `${name}.jpg`,
        photo_url: `${cdn}/${name}.jpg`,
        thumbnail_url: `${cdn}/thumbnail/${name}.jpg`,
      };
    }),
  },
  {
    method: 'PUT',
    path: /^\/v1\/upload-video\/$/,
    handle: guarded((context) => {
      const name = checked(context, 'video');
      return {
        video_name: `${name}.mp4`,
        video_url: `https://video.divarcdn.com/${name}.mp4`,
        thumbnail_name: `${name}.jpg`,
        thumbnail_url: `https://video.divarcdn.com/${name}.jpg`,
      };
    }),
  },
];
