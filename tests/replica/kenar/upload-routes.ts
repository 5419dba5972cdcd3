/**
 * The upload endpoints behind the URLs of `upload-urls` (not in the spec; shapes from the docs):
 * the binary body, `x-api-key`, an empty Authorization header, an image type, image bytes, a
 * size within the limit (413 above it), and for a v1 URL a ticket handed out in the last ten
 * minutes. An uploaded path may then be named in a post's `images[]`.
 */
import { createHash } from 'node:crypto';
import type { Route, RouteContext } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import { appOf } from './auth.ts';
import { KenarError, rpc } from './errors.ts';
import { IMAGE_CDN } from './records.ts';
import { type KenarState, kenarStateOf } from './state.ts';

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

function isImage(body: Buffer): boolean {
  const jpeg = body[0] === 0xff && body[1] === 0xd8 && body[2] === 0xff;
  const png = body.subarray(0, 4).toString('latin1') === '\x89PNG';
  const webp =
    body.subarray(0, 4).toString('latin1') === 'RIFF' &&
    body.subarray(8, 12).toString('latin1') === 'WEBP';
  return jpeg || png || webp;
}

function checkTicket(kenar: KenarState, context: RouteContext): void {
  const ticket = context.request.url.searchParams.get('ticket');
  if (ticket === null) return; // the v2 URL carries none
  const expires = kenar.tickets.get(ticket);
  if (expires === undefined || expires < context.state.now())
    throw rpc.notFound('upload url is unknown or expired: ask for a new one');
  kenar.tickets.delete(ticket);
}

function checked(context: RouteContext, kind: 'image' | 'video'): string {
  const { headers, body } = context.request;
  const kenar = kenarStateOf(context.state);
  appOf(kenar, headers, true);
  if ((headers.authorization ?? '').trim() !== '')
    throw rpc.invalid('authorization header must be empty on uploads');
  const type =
    String(headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim() ?? '';
  if (kind === 'image') {
    checkTicket(kenar, context);
    if (!IMAGE_TYPES.includes(type))
      throw rpc.invalid(`content-type must be one of ${IMAGE_TYPES.join(', ')}`);
    if (body.length > kenar.faults.imageMaxBytes)
      throw new KenarError(
        413,
        3,
        `image is too large: at most ${kenar.faults.imageMaxBytes} bytes`,
      );
    if (!isImage(body)) throw rpc.invalid('the body is not a JPEG, PNG or WebP image');
  } else if (!type.startsWith('video/')) throw rpc.invalid('content-type must be video/*');
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
      kenarStateOf(context.state).uploads.add(`${name}.jpg`);
      return {
        path: `${name}.jpg`,
        photo_url: `${IMAGE_CDN}/${name}.jpg`,
        thumbnail_url: `${IMAGE_CDN}/thumbnail/${name}.jpg`,
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
