/**
 * The messages of posting through Kenar (merged into the Kenar map): can-submit, the new post's
 * assets and form, a copy to start from, photo pieces, the submission, its draft, and the
 * business-wide button. Writes that cannot be undone carry `confirmed`: the user said yes.
 */
import { z } from 'zod';
import type { MessageOrigin } from '../messaging/origin';
import { lazySchema } from '../schema/lazy';
import type { CategoryField } from './category-fields';
import type { AssetOption, NewPostSetup, SubmittedPost } from './new-post';
import type { UploadedPhoto } from './photos';
import type { CopiedPost } from './post-copy';
import { buttonInput, message, token } from './protocol-parts';
import type { UserBusiness } from './schemas/finder';
import { type NewPostDraft, newPostDraft, newPostInput } from './schemas/new-post';

const slug = lazySchema(() => z.string().regex(/^[\w-]{1,100}$/));
const ok = { ok: true } as const;

/** Raw bytes of one photo piece; its base64 is a third longer. */
export const PIECE_BYTES = 192 * 1024;

/** The posting messages. */
export const POSTING_PROTOCOL = {
  kenarCanSubmit: message('kenarCanSubmit', () => ({})),
  kenarNewPostSetup: message('kenarNewPostSetup', () => ({})),
  kenarDistricts: message('kenarDistricts', () => ({ city: slug })),
  kenarSubmitForm: message('kenarSubmitForm', () => ({ category: slug })),
  kenarCopySource: message('kenarCopySource', () => ({ token, from: z.enum(['own', 'public']) })),
  kenarPhotoPiece: message('kenarPhotoPiece', () => ({
    upload: z.string().regex(/^[\w-]{8,64}$/),
    index: z.number().int().min(0).max(99),
    count: z.number().int().min(1).max(100),
    mime: z.enum(['image/jpeg', 'image/png', 'image/webp']),
    data: z.string().max(Math.ceil(PIECE_BYTES / 3) * 4),
  })),
  kenarDropPhoto: message('kenarDropPhoto', () => ({ upload: z.string().regex(/^[\w-]{8,64}$/) })),
  kenarSubmitPost: message('kenarSubmitPost', () => ({
    input: newPostInput,
    confirmed: z.literal(true),
  })),
  kenarDraft: message('kenarDraft', () => ({})),
  kenarSaveDraft: message('kenarSaveDraft', () => ({ draft: newPostDraft })),
  kenarDropDraft: message('kenarDropDraft', () => ({})),
  kenarBusinesses: message('kenarBusinesses', () => ({})),
  kenarWhoAmI: message('kenarWhoAmI', () => ({})),
  kenarSetBusinessButton: message('kenarSetBusinessButton', () => ({
    businessToken: token,
    button: buttonInput,
    confirmed: z.literal(true),
  })),
  kenarDeleteBusinessButton: message('kenarDeleteBusinessButton', () => ({
    businessToken: token,
    confirmed: z.literal(true),
  })),
} as const satisfies Record<string, { from: MessageOrigin; request: z.ZodType<{ type: string }> }>;

/** What the background answers to each posting message. */
export type PostingResponseMap = {
  kenarCanSubmit: { canSubmit: true };
  kenarNewPostSetup: NewPostSetup;
  kenarDistricts: AssetOption[];
  kenarSubmitForm: { category: string; fields: CategoryField[] };
  kenarCopySource: CopiedPost;
  kenarPhotoPiece: { received: number; photo?: UploadedPhoto };
  kenarDropPhoto: typeof ok;
  kenarSubmitPost: SubmittedPost;
  kenarDraft: NewPostDraft | null;
  kenarSaveDraft: typeof ok;
  kenarDropDraft: typeof ok;
  kenarBusinesses: UserBusiness[];
  kenarWhoAmI: { userId: string; phone?: string };
  kenarSetBusinessButton: typeof ok;
  kenarDeleteBusinessButton: typeof ok;
};
