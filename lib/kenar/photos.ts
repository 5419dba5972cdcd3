/**
 * Uploads one photo for a post: through the upload URLs of v2 (fetched fresh each time, as the
 * docs ask), and through the deprecated v1 URL only where v2 is refused. Kenar's answers become
 * the photo kinds: too large, not an image, cut off midway.
 */
import { AppError } from '../errors';
import type { KenarClient } from './client';

/** A photo on Kenar: its path for `images[]`, a picture of it when Kenar gave one, the route taken. */
export interface UploadedPhoto {
  path: string;
  url?: string;
  via: 'v2' | 'v1';
}

const isKind = (error: unknown, ...kinds: string[]): error is AppError =>
  error instanceof AppError && kinds.includes(error.kind);

/** Whether asking for v2 upload URLs was refused (not permitted, gone, not offered) rather than failed. */
function v2Refused(error: unknown): boolean {
  if (isKind(error, 'kenar-key-permission', 'not-found')) return true;
  return isKind(error, 'http') && [405, 501].includes(error.details?.status ?? 0);
}

/** The photo kind of an upload failure, or the failure itself. */
export function photoError(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const status = error.details?.status;
  const kind =
    status === 413
      ? 'kenar-photo-too-large'
      : error.kind === 'kenar-invalid' && /content.?type|image/i.test(error.message)
        ? 'kenar-not-an-image'
        : error.kind === 'network' || error.kind === 'timeout'
          ? 'kenar-upload-cut'
          : undefined;
  return kind ? new AppError(kind, error.message, { cause: error, details: error.details }) : error;
}

async function viaV1(client: KenarClient, photo: Blob): Promise<UploadedPhoto> {
  const once = async () =>
    client.uploadToUrl((await client.imageUploadUrl()).upload_url, 'POST', photo);
  try {
    const answer = await once();
    return { path: answer.path, url: answer.thumbnail_url ?? answer.photo_url, via: 'v1' };
  } catch (error) {
    // A v1 URL lives about ten minutes: an unknown or expired one is fetched again, once.
    if (!isKind(error, 'not-found')) throw error;
    const answer = await once();
    return { path: answer.path, url: answer.thumbnail_url ?? answer.photo_url, via: 'v1' };
  }
}

/** Uploads `photo` (already within the limits), v2 first. */
export async function uploadPhoto(client: KenarClient, photo: Blob): Promise<UploadedPhoto> {
  try {
    let target: Awaited<ReturnType<KenarClient['uploadUrls']>>['image'];
    try {
      target = (await client.uploadUrls()).image;
    } catch (error) {
      if (!v2Refused(error)) throw error;
      return await viaV1(client, photo);
    }
    if (!target?.url) return await viaV1(client, photo);
    const answer = await client.uploadToUrl(target.url, target.http_method ?? 'POST', photo);
    return { path: answer.path, url: answer.thumbnail_url ?? answer.photo_url, via: 'v2' };
  } catch (error) {
    throw photoError(error);
  }
}
