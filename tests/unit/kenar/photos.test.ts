/** Photos: shrinking in the page, the pieces to the background, and the upload with its fallback. */
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '@/lib/kenar/base64';
import { createPhotoInbox } from '@/lib/kenar/photo-inbox';
import { fitWithin, PHOTO_LIMITS, planPhoto } from '@/lib/kenar/photo-limits';
import { sendPhoto } from '@/lib/kenar/photo-sender';
import { type ImageCodec, preparePhoto } from '@/lib/kenar/photo-shrink';
import { uploadPhoto } from '@/lib/kenar/photos';
import { PIECE_BYTES } from '@/lib/kenar/protocol-posting';
import { fakeClient, json } from './fake-kenar.ts';

const jpeg = (bytes: number) => new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' });

/** A codec whose JPEGs weigh `bytesPerPixel × quality` bytes a pixel, recording every encode. */
function fakeCodec(width: number, height: number, bytesPerPixel = 1) {
  const encodes: [number, number, number][] = [];
  let released = 0;
  const codec: ImageCodec<string> = {
    decode: async (file) => {
      if (file.size === 0) throw new Error('not a picture');
      return { width, height, source: 'bitmap' };
    },
    encode: async (_source, w, h, quality) => {
      encodes.push([w, h, quality]);
      return jpeg(Math.round(w * h * bytesPerPixel * quality));
    },
    release: () => {
      released += 1;
    },
  };
  return { codec, encodes, released: () => released };
}

describe('the limits', () => {
  it('sends a small JPEG as it is and shrinks anything else', () => {
    const photo = { bytes: 1000, type: 'image/jpeg', width: 800, height: 600 };
    expect(planPhoto(photo)).toBe('send');
    expect(planPhoto({ ...photo, type: 'image/png' })).toBe('shrink');
    expect(planPhoto({ ...photo, width: 4000 })).toBe('shrink');
    expect(planPhoto({ ...photo, bytes: PHOTO_LIMITS.maxBytes + 1 })).toBe('shrink');
    expect(fitWithin(4000, 3000, 2048)).toEqual({ width: 2048, height: 1536 });
    expect(fitWithin(300, 200, 2048)).toEqual({ width: 300, height: 200 });
  });
});

describe('preparePhoto', () => {
  it('keeps a photo that fits, untouched', async () => {
    const file = jpeg(5000);
    const { codec, encodes, released } = fakeCodec(800, 600);
    expect(await preparePhoto(file, codec)).toBe(file);
    expect(encodes).toEqual([]);
    expect(released()).toBe(1);
  });

  it('scales a large picture to the longest side and re-encodes other types as JPEG', async () => {
    const { codec, encodes } = fakeCodec(4096, 3072, 0.1);
    const png = new Blob([new Uint8Array(10)], { type: 'image/png' });
    const out = await preparePhoto(png, codec);
    expect(out.type).toBe('image/jpeg');
    expect(encodes[0]).toEqual([2048, 1536, 0.9]);
  });

  it('lowers the quality, then the size, until the photo fits', async () => {
    const { codec, encodes } = fakeCodec(2000, 1000, 1);
    const out = await preparePhoto(jpeg(3_000_000), codec, 900_000);
    expect(out.size).toBeLessThanOrEqual(900_000);
    expect(encodes.map(([w, , q]) => [w, q])).toEqual([
      [2000, 0.9],
      [2000, 0.8],
      [2000, 0.7],
      [2000, 0.6],
      [2000, 0.5],
      [1500, 0.9],
      [1500, 0.8],
    ]);
  });

  it('gives up with too-large, and refuses what is not a picture', async () => {
    const { codec, encodes } = fakeCodec(200, 200, 1);
    await expect(preparePhoto(jpeg(90_000), codec, 10)).rejects.toMatchObject({
      kind: 'kenar-photo-too-large',
    });
    expect(encodes).toHaveLength(20); // five qualities at four sizes, then it stops
    const text = new Blob(['hello'], { type: 'text/plain' });
    await expect(preparePhoto(text, codec)).rejects.toMatchObject({ kind: 'kenar-not-an-image' });
    await expect(preparePhoto(jpeg(0), codec)).rejects.toMatchObject({
      kind: 'kenar-not-an-image',
    });
  });
});

describe('pieces from the page to the background', () => {
  it('round-trips bytes through base64', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });

  it('sends a photo in pieces, reporting progress, and the inbox puts it back together', async () => {
    const inbox = createPhotoInbox({ now: () => 0 });
    const bytes = new Uint8Array(PIECE_BYTES * 2 + 10).map((_, i) => (i * 7) % 256);
    const seen: number[] = [];
    const progress: [number, string][] = [];
    let arrived: Blob | undefined;
    const photo = await sendPhoto(
      new Blob([bytes], { type: 'image/jpeg' }),
      async (piece) => {
        seen.push(piece.index);
        const answer = inbox.take({ ...piece, type: piece.mime });
        arrived = answer.photo ?? arrived;
        const done = { path: 'x.jpg', via: 'v2' as const };
        return { received: answer.received, ...(answer.photo ? { photo: done } : {}) };
      },
      (done, stage) => progress.push([Math.round(done * 100), stage]),
      'upload-1234',
    );
    expect(photo.path).toBe('x.jpg');
    expect(seen).toEqual([0, 1, 2]);
    expect(progress).toEqual([
      [0, 'sending'],
      [33, 'sending'],
      [67, 'uploading'],
      [100, 'uploading'],
    ]);
    expect(new Uint8Array(await (arrived as Blob).arrayBuffer())).toEqual(bytes);
  });

  it('refuses pieces out of order, too many bytes, and forgets stale uploads', () => {
    let now = 0;
    const inbox = createPhotoInbox({ now: () => now });
    const piece = (upload: string, index: number, count: number, bytes = 10) => ({
      upload,
      index,
      count,
      type: 'image/jpeg',
      data: toBase64(new Uint8Array(bytes)),
    });
    expect(() => inbox.take(piece('a-12345678', 1, 2))).toThrow(/out of order/);
    inbox.take(piece('b-12345678', 0, 3));
    expect(() => inbox.take(piece('b-12345678', 2, 3))).toThrow(/out of order/);
    inbox.take(piece('c-12345678', 0, 30, PIECE_BYTES));
    expect(() => {
      for (let i = 1; i < 30; i++) inbox.take(piece('c-12345678', i, 30, PIECE_BYTES));
    }).toThrow(expect.objectContaining({ kind: 'kenar-photo-too-large' }));
    inbox.take(piece('d-12345678', 0, 2));
    now = 11 * 60_000;
    expect(() => inbox.take(piece('d-12345678', 1, 2))).toThrow(/out of order/);
  });
});

describe('uploadPhoto', () => {
  const photo = jpeg(3);
  const V2 = 'https://open-api.divar.ir/v8/upload/post/live-post-image';

  it('uploads through v2 and answers the path and a picture', async () => {
    const { client, seen } = fakeClient((r) =>
      r.url.endsWith('upload-urls')
        ? json({ image: { url: V2, http_method: 'POST' } })
        : json({ path: 'a.jpg', thumbnail_url: 'https://s100.divarcdn.com/t/a.jpg' }),
    );
    expect(await uploadPhoto(client, photo)).toEqual({
      path: 'a.jpg',
      url: 'https://s100.divarcdn.com/t/a.jpg',
      via: 'v2',
    });
    expect(seen.map((r) => r.url)).toEqual([
      'https://open-api.divar.ir/v2/open-platform/post/upload-urls',
      V2,
    ]);
  });

  it('falls back to v1 only where v2 is refused, fetching a fresh v1 URL once when one expired', async () => {
    let tickets = 0;
    const { client, seen } = fakeClient((r) => {
      if (r.url.endsWith('upload-urls')) return json({ code: 7, message: 'v2 not enabled' }, 403);
      if (r.url.endsWith('image-upload-url'))
        return json({ upload_url: `https://open-api.divar.ir/up?t=${++tickets}` });
      return r.url.endsWith('t=1')
        ? json({ code: 5, message: 'expired' }, 404)
        : json({ path: 'b.jpg' });
    });
    expect(await uploadPhoto(client, photo)).toEqual({ path: 'b.jpg', via: 'v1' });
    expect(seen.map((r) => new URL(r.url).pathname + new URL(r.url).search)).toEqual([
      '/v2/open-platform/post/upload-urls',
      '/v1/open-platform/post/image-upload-url',
      '/up?t=1',
      '/v1/open-platform/post/image-upload-url',
      '/up?t=2',
    ]);
  });

  it('names the photo problems: too large, not an image, cut off', async () => {
    const upload = (answer: () => Response) =>
      uploadPhoto(
        fakeClient((r) =>
          r.url.endsWith('upload-urls')
            ? json({ image: { url: V2, http_method: 'POST' } })
            : answer(),
        ).client,
        photo,
      );
    await expect(upload(() => json({ code: 3, message: 'too large' }, 413))).rejects.toMatchObject({
      kind: 'kenar-photo-too-large',
    });
    await expect(
      upload(() => json({ code: 3, message: 'content-type must be image/jpeg' }, 400)),
    ).rejects.toMatchObject({ kind: 'kenar-not-an-image' });
    await expect(
      upload(() => {
        throw new TypeError('network error: connection reset');
      }),
    ).rejects.toMatchObject({ kind: 'kenar-upload-cut' });
  });
});
