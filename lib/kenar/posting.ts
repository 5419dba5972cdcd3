/**
 * Everything about putting posts on divar through Kenar, for the background's service: a new
 * listing (with its draft), photos arriving from the page and uploaded, and the business-wide
 * customised button.
 */
import type { Clock } from '../http/clock';
import { createAccount } from './account';
import type { KenarClient } from './client';
import { createDraftStore } from './draft-store';
import { createNewPost } from './new-post';
import { createPhotoInbox, type PhotoPiece } from './photo-inbox';
import { type UploadedPhoto, uploadPhoto } from './photos';
import type { NewPostDraft } from './schemas/new-post';
import type { KenarSession } from './session';
import type { LocalArea } from './store';

/** What the posting actions are built from. */
export interface PostingDeps {
  client: KenarClient;
  session: KenarSession;
  refused(): Promise<string[]>;
  area: LocalArea;
  clock: Pick<Clock, 'now'>;
}

/** Builds the posting actions. */
export function createPosting({ client, session, refused, area, clock }: PostingDeps) {
  const inbox = createPhotoInbox(clock);
  const drafts = createDraftStore(area);
  return {
    ...createNewPost(client, session, refused),
    ...createAccount(client, session, refused),
    /** Takes one piece of a photo; with the last piece, uploads the photo and answers where it is. */
    photoPiece: async (piece: PhotoPiece): Promise<{ received: number; photo?: UploadedPhoto }> => {
      const { received, photo } = inbox.take(piece);
      return photo ? { received, photo: await uploadPhoto(client, photo) } : { received };
    },
    dropPhoto: (upload: string) => inbox.drop(upload),
    draft: () => drafts.draft(),
    saveDraft: (draft: NewPostDraft) => drafts.save(draft),
    dropDraft: () => drafts.drop(),
  };
}
