/**
 * The browser's image codec for shrinking photos in the page: `createImageBitmap` decodes (and
 * refuses what is not a picture), an OffscreenCanvas (or a canvas element where there is none)
 * draws on white, since JPEG has no transparency, and encodes JPEG.
 */
import type { ImageCodec } from './photo-shrink';

type Context2d = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function paint(context: Context2d | null, bitmap: ImageBitmap, width: number, height: number) {
  if (!context) throw new Error('no 2d context');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
}

async function encodeOn(bitmap: ImageBitmap, width: number, height: number, quality: number) {
  const type = 'image/jpeg';
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    paint(canvas.getContext('2d'), bitmap, width, height);
    return canvas.convertToBlob({ type, quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  paint(canvas.getContext('2d'), bitmap, width, height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
      type,
      quality,
    ),
  );
}

/** The codec of the page this runs in. */
export const browserCodec: ImageCodec<ImageBitmap> = {
  decode: async (file) => {
    const bitmap = await createImageBitmap(file);
    return { width: bitmap.width, height: bitmap.height, source: bitmap };
  },
  encode: (bitmap, width, height, quality) => encodeOn(bitmap, width, height, quality),
  release: (bitmap) => bitmap.close(),
};
