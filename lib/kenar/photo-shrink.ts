/**
 * Brings a photo within Kenar's limits in the page: decoded, scaled down to the longest side
 * allowed and re-encoded as JPEG at falling quality (then a smaller size) until it fits. The
 * codec is injected: canvas / OffscreenCanvas in the browser, a fake in tests.
 */
import { AppError } from '../errors';
import { fitWithin, mayBePhoto, PHOTO_LIMITS, planPhoto } from './photo-limits';

/** Decodes and encodes pictures; `decode` throws for a file that is not a picture. */
export interface ImageCodec<Source = unknown> {
  decode(file: Blob): Promise<{ width: number; height: number; source: Source }>;
  encode(source: Source, width: number, height: number, quality: number): Promise<Blob>;
  /** Frees what `decode` holds (an ImageBitmap). */
  release?(source: Source): void;
}

const QUALITIES = [0.9, 0.8, 0.7, 0.6, 0.5];
const SMALLER = 0.75;
const SHRINK_STEPS = 4;

/** The photo to upload: the file itself when it fits, else a resized JPEG within `maxBytes`. */
export async function preparePhoto<Source>(
  file: Blob,
  codec: ImageCodec<Source>,
  maxBytes: number = PHOTO_LIMITS.maxBytes,
): Promise<Blob> {
  if (!mayBePhoto(file.type)) throw new AppError('kenar-not-an-image', `type ${file.type}`);
  let image: Awaited<ReturnType<ImageCodec<Source>['decode']>>;
  try {
    image = await codec.decode(file);
  } catch (error) {
    throw new AppError(
      'kenar-not-an-image',
      error instanceof Error ? error.message : 'undecodable',
    );
  }
  try {
    const photo = { bytes: file.size, type: file.type, width: image.width, height: image.height };
    if (planPhoto(photo, maxBytes) === 'send') return file;
    let side: number = PHOTO_LIMITS.maxSide;
    for (let step = 0; step < SHRINK_STEPS; step++) {
      const size = fitWithin(image.width, image.height, side);
      for (const quality of QUALITIES) {
        const blob = await codec.encode(image.source, size.width, size.height, quality);
        if (blob.size <= maxBytes) return blob;
      }
      side = Math.round(Math.min(side, Math.max(image.width, image.height)) * SMALLER);
    }
    throw new AppError('kenar-photo-too-large', `still over ${maxBytes} bytes after shrinking`);
  } finally {
    codec.release?.(image.source);
  }
}
