/**
 * Where a photo arrives in the background, piece by piece (extension messages carry JSON, so
 * each piece is base64): kept in memory until the last piece, then handed over as one Blob.
 * Bounded: a few photos at a time, each within the upload limit, forgotten after ten minutes.
 */
import { AppError } from '../errors';
import type { Clock } from '../http/clock';
import { fromBase64 } from './base64';
import { PHOTO_LIMITS } from './photo-limits';

/** One piece of a photo, as the page sends it. */
export interface PhotoPiece {
  upload: string;
  index: number;
  count: number;
  type: string;
  data: string;
}

const MAX_OPEN = 6;
const MAX_AGE_MS = 10 * 60_000;
// A little room over the limit: the page checks it exactly, Kenar has the last word.
const MAX_BYTES = PHOTO_LIMITS.maxBytes * 2;

interface Open {
  pieces: Uint8Array[];
  count: number;
  type: string;
  bytes: number;
  startedAt: number;
}

/** Builds an inbox; `take` answers how many pieces arrived, and the Blob with the last one. */
export function createPhotoInbox(clock: Pick<Clock, 'now'>) {
  const open = new Map<string, Open>();
  const sweep = () => {
    for (const [id, entry] of open) if (clock.now() - entry.startedAt > MAX_AGE_MS) open.delete(id);
  };
  return {
    take(piece: PhotoPiece): { received: number; photo?: Blob } {
      sweep();
      let entry = open.get(piece.upload);
      if (!entry) {
        if (piece.index !== 0) throw new AppError('bad-message', 'photo pieces out of order');
        if (open.size >= MAX_OPEN) throw new AppError('bad-message', 'too many photos at once');
        entry = {
          pieces: [],
          count: piece.count,
          type: piece.type,
          bytes: 0,
          startedAt: clock.now(),
        };
        open.set(piece.upload, entry);
      }
      if (piece.index !== entry.pieces.length || piece.count !== entry.count) {
        open.delete(piece.upload);
        throw new AppError('bad-message', 'photo pieces out of order');
      }
      const bytes = fromBase64(piece.data);
      entry.bytes += bytes.length;
      if (entry.bytes > MAX_BYTES) {
        open.delete(piece.upload);
        throw new AppError('kenar-photo-too-large', `over ${MAX_BYTES} bytes`);
      }
      entry.pieces.push(bytes);
      if (entry.pieces.length < entry.count) return { received: entry.pieces.length };
      open.delete(piece.upload);
      return {
        received: entry.count,
        photo: new Blob(entry.pieces as BlobPart[], { type: entry.type }),
      };
    },
    /** Forgets a photo the page gave up on. */
    drop: (upload: string) => void open.delete(upload),
  };
}
