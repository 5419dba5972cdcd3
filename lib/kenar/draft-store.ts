/**
 * The half-finished new post, kept in `storage.local` so photos already uploaded and fields
 * already typed survive a closed tab; offered again when "New listing" opens, and only ever sent
 * by the user's own click. Read back through zod: a draft of another shape is dropped.
 */
import { type NewPostDraft, newPostDraft } from './schemas/new-post';
import type { LocalArea } from './store';

const KEY = 'local:kenar:new-post-draft:v1' as const;

/** Builds the draft store over a storage area. */
export function createDraftStore(area: LocalArea) {
  return {
    /** The kept draft, or null. */
    draft: async (): Promise<NewPostDraft | null> => {
      const parsed = newPostDraft.safeParse(await area.getItem<unknown>(KEY));
      return parsed.success ? parsed.data : null;
    },
    save: (draft: NewPostDraft) => area.setItem(KEY, draft),
    drop: () => area.removeItem(KEY),
  };
}

/** The draft store's type. */
export type DraftStore = ReturnType<typeof createDraftStore>;
