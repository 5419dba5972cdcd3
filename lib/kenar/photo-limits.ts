/**
 * What a photo must be before it is uploaded to Kenar. Kenar NOTES and the spec give no byte,
 * pixel or count limit for post images; the numbers below are this project's conservative guess
 * (the replica enforces the same ones, tests/replica/kenar). The v1 upload is documented as
 * `Content-Type: image/jpeg`, so every photo leaves the page as a JPEG: one type for both uploads.
 */

/** The limits a photo is brought within before upload. */
export const PHOTO_LIMITS = {
  /** Largest upload, in bytes. */
  maxBytes: 1_500_000,
  /** Longest side, in pixels. */
  maxSide: 2048,
  /** Most photos on one post. */
  maxPhotos: 20,
  /** The one type uploaded. */
  type: 'image/jpeg',
} as const;

/** Image types a person may pick; anything else is refused as not an image. */
export const PICKABLE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** What must happen to a photo of this size and type before upload. */
export type PhotoPlan = 'send' | 'shrink';

/** Whether a photo can go as it is or must be resized / re-encoded first. */
export function planPhoto(
  photo: { bytes: number; type: string; width: number; height: number },
  maxBytes: number = PHOTO_LIMITS.maxBytes,
): PhotoPlan {
  const fits =
    photo.type === PHOTO_LIMITS.type &&
    photo.bytes <= maxBytes &&
    Math.max(photo.width, photo.height) <= PHOTO_LIMITS.maxSide;
  return fits ? 'send' : 'shrink';
}

/** Width and height scaled so the longer side is at most `maxSide` (never enlarged). */
export function fitWithin(width: number, height: number, maxSide: number) {
  const scale = Math.min(1, maxSide / Math.max(width, height, 1));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** Whether a picked file may be a photo (by its declared type; decoding decides the rest). */
export function mayBePhoto(type: string): boolean {
  return type === '' || (PICKABLE_TYPES as readonly string[]).includes(type);
}
