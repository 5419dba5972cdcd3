/**
 * The photo strip's list, as pure functions the page's hook applies: photos added in the order
 * picked (up to the limit), each with its own stage and progress, moved, removed, and read back
 * as the paths to send once every photo is on Kenar.
 */
import type { ErrorInfo } from '../errors';
import { PHOTO_LIMITS } from './photo-limits';
import type { NewPostPhoto } from './schemas/new-post';

/** Where one photo is. */
export type PhotoStatus = 'waiting' | 'preparing' | 'sending' | 'uploading' | 'done' | 'failed';

/** One photo of the strip. */
export interface PhotoItem {
  id: string;
  name: string;
  status: PhotoStatus;
  /** 0..1 of the whole upload. */
  progress: number;
  /** A picture to show: the picked file's object URL, or Kenar's. */
  preview?: string;
  /** On Kenar: the path for `images[]` and Kenar's picture of it. */
  path?: string;
  url?: string;
  error?: ErrorInfo;
  /** The picked file, kept for a retry. */
  file?: Blob;
  /** The size to bring the photo within (halved after Kenar refused it as too large). */
  maxBytes: number;
}

/** Photos already on Kenar (a draft's or a post's), as strip entries. */
export function fromUploaded(photos: readonly NewPostPhoto[], prefix = 'kept'): PhotoItem[] {
  return photos.map((photo, i) => ({
    id: `${prefix}-${i}-${photo.path}`,
    name: photo.path,
    status: 'done',
    progress: 1,
    path: photo.path,
    url: photo.url,
    preview: photo.url,
    maxBytes: PHOTO_LIMITS.maxBytes,
  }));
}

/** Adds picked files at the end, as many as the limit leaves room for; `dropped` counts the rest. */
export function addPhotos(
  list: readonly PhotoItem[],
  picked: readonly { id: string; name: string; file: Blob; preview?: string }[],
  max: number = PHOTO_LIMITS.maxPhotos,
): { list: PhotoItem[]; added: PhotoItem[]; dropped: number } {
  const room = Math.max(0, max - list.length);
  const added: PhotoItem[] = picked.slice(0, room).map((p) => ({
    ...p,
    status: 'waiting',
    progress: 0,
    maxBytes: PHOTO_LIMITS.maxBytes,
  }));
  return { list: [...list, ...added], added, dropped: picked.length - added.length };
}

/** The list with one photo changed. */
export function patchPhoto(
  list: readonly PhotoItem[],
  id: string,
  patch: Partial<PhotoItem>,
): PhotoItem[] {
  return list.map((item) => (item.id === id ? { ...item, ...patch } : item));
}

/** The list with one photo moved `delta` places (clamped to the ends). */
export function movePhoto(list: readonly PhotoItem[], id: string, delta: number): PhotoItem[] {
  const from = list.findIndex((item) => item.id === id);
  if (from < 0) return [...list];
  const to = Math.min(list.length - 1, Math.max(0, from + delta));
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item) next.splice(to, 0, item);
  return next;
}

/** The photos on Kenar, in the strip's order. */
export function uploadedPhotos(list: readonly PhotoItem[]): NewPostPhoto[] {
  return list.flatMap((item) =>
    item.status === 'done' && item.path
      ? [{ path: item.path, ...(item.url ? { url: item.url } : {}) }]
      : [],
  );
}

/** Whether the strip may be sent: `ready`, still `pending`, or with a `failed` photo. */
export function stripState(list: readonly PhotoItem[]): 'ready' | 'pending' | 'failed' {
  if (list.some((item) => item.status === 'failed')) return 'failed';
  return list.every((item) => item.status === 'done') ? 'ready' : 'pending';
}
