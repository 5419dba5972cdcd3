/**
 * The page's half of a photo upload: the prepared photo goes to the background in pieces (the
 * key stays there, and messages carry JSON), each answered, so the page can show how much went;
 * the answer to the last piece is the photo on Kenar.
 */
import { AppError } from '../errors';
import { toBase64 } from './base64';
import type { UploadedPhoto } from './photos';
import { PIECE_BYTES } from './protocol-posting';

/** Sends one piece and answers what arrived (the photo with the last piece). */
export type SendPiece = (piece: {
  upload: string;
  index: number;
  count: number;
  mime: 'image/jpeg' | 'image/png' | 'image/webp';
  data: string;
}) => Promise<{ received: number; photo?: UploadedPhoto }>;

/** Where an upload is: pieces handed over (0..1), then waiting for Kenar's answer. */
export type SendProgress = (done: number, stage: 'sending' | 'uploading') => void;

/** A fresh id for one upload. */
export function uploadId(random: () => number = Math.random): string {
  return `p${Date.now().toString(36)}${Math.floor(random() * 1e9).toString(36)}`;
}

/** Hands `photo` (a JPEG within the limits) to the background piece by piece and waits for Kenar. */
export async function sendPhoto(
  photo: Blob,
  send: SendPiece,
  progress: SendProgress,
  id: string = uploadId(),
): Promise<UploadedPhoto> {
  const bytes = new Uint8Array(await photo.arrayBuffer());
  const count = Math.max(1, Math.ceil(bytes.length / PIECE_BYTES));
  for (let index = 0; index < count; index++) {
    const last = index === count - 1;
    progress(index / count, last ? 'uploading' : 'sending');
    const data = toBase64(bytes.subarray(index * PIECE_BYTES, (index + 1) * PIECE_BYTES));
    const answer = await send({ upload: id, index, count, mime: 'image/jpeg', data });
    if (last) {
      if (!answer.photo)
        throw new AppError('internal', 'the last piece was not answered with a photo');
      progress(1, 'uploading');
      return answer.photo;
    }
  }
  throw new AppError('internal', 'no piece was sent');
}
