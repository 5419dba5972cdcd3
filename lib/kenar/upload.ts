/** The binary upload to a URL Kenar hands out: the API key, an empty Authorization header. */
import { AppError } from '../errors';
import type { CallDeps } from './call';
import { imageUploadAnswer } from './schemas/post';

/** Upload hosts the API key may be sent to (the docs' URLs all live on the API host). */
const UPLOAD_HOSTS = new Set(['open-api.divar.ir']);

function parseUrl(url: string | undefined): URL | undefined {
  try {
    return url ? new URL(url) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends `file` to `url` with `method`, with `x-api-key` and an empty `Authorization` header as
 * the docs require, and returns the uploaded file's path. Refuses URLs off Kenar's API host, so
 * the key never leaves it.
 */
export async function uploadTo(
  deps: CallDeps,
  url: string | undefined,
  method: string,
  file: Blob,
): Promise<{ path: string; photo_url?: string; thumbnail_url?: string }> {
  const target = parseUrl(url);
  if (target?.protocol !== 'https:' || !UPLOAD_HOSTS.has(target.hostname)) {
    throw new AppError('schema', `upload URL is not on the Kenar API host: ${url ?? '(none)'}`);
  }
  if (method !== 'POST' && method !== 'PUT') {
    throw new AppError('schema', `unexpected upload method ${method}`);
  }
  const key = await deps.getApiKey();
  if (!key) throw new AppError('kenar-no-key', 'no Kenar API key is set');
  return deps.request({
    url: target.href,
    method,
    headers: { 'x-api-key': key, authorization: '', 'content-type': file.type || 'image/jpeg' },
    rawBody: file,
    schema: imageUploadAnswer,
    retries: 0,
  });
}
