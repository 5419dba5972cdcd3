import { z } from 'zod';
import type { MessageOrigin } from '../messaging/origin';
import { lazySchema } from '../schema/lazy';
import type { CategoryForm, FullEditResult } from './full-edit';
import { buttonInput, message, token } from './protocol-parts';
import { POSTING_PROTOCOL, type PostingResponseMap } from './protocol-posting';
import type { Revocation } from './revoke';
import type { FinderPost, SearchResponse, UserPostsItem } from './schemas/finder';
import { searchRequest } from './schemas/finder';
import { fieldValues } from './schemas/new-post';
import type { StatsResponse, UserPostResponse } from './schemas/post';
import { KENAR_ACTIONS } from './scopes';
import type { KenarService } from './service';

const secret = lazySchema(() => z.string().max(512));
const kenarAction = lazySchema(() => z.enum(KENAR_ACTIONS));

/**
 * The Kenar messages of the protocol map (merged into lib/messaging/protocol.ts). Every one comes
 * from extension pages only (popup, options): keys and tokens never reach a content script.
 */
export const KENAR_PROTOCOL = {
  kenarStatus: message('kenarStatus', () => ({})),
  kenarSaveSettings: message('kenarSaveSettings', () => ({
    apiKey: secret.optional(),
    appSlug: z.string().max(100).optional(),
    clientSecret: secret.optional(),
  })),
  kenarTestKey: message('kenarTestKey', () => ({})),
  kenarConnect: message('kenarConnect', () => ({
    action: kenarAction.optional(),
    token: token.optional(),
  })),
  kenarDisconnect: message('kenarDisconnect', () => ({})),
  kenarGetPost: message('kenarGetPost', () => ({ token })),
  kenarUserIdByPhone: message('kenarUserIdByPhone', () => ({ phone: z.string().max(32) })),
  kenarMyPosts: message('kenarMyPosts', () => ({})),
  kenarUserPost: message('kenarUserPost', () => ({ token })),
  kenarPostStats: message('kenarPostStats', () => ({ token })),
  kenarCategoryForm: message('kenarCategoryForm', () => ({ token })),
  kenarEditFields: message('kenarEditFields', () => ({
    token,
    values: fieldValues,
    images: z.array(z.string().min(1).max(512)).max(40).optional(),
  })),
  kenarEditPost: message('kenarEditPost', () => ({
    token,
    title: z.string().max(500),
    description: z.string().max(10_000),
  })),
  // `confirmed` is the UI's promise that the user said yes; nothing is deleted without it.
  kenarDeletePost: message('kenarDeletePost', () => ({ token, confirmed: z.literal(true) })),
  kenarSetButton: message('kenarSetButton', () => ({
    token,
    button: buttonInput,
  })),
  kenarDeleteButton: message('kenarDeleteButton', () => ({ token })),
  // Spends one of 100 lifetime calls: the UI asks first and says so with `confirmed`.
  kenarSearch: message('kenarSearch', () => ({
    request: searchRequest,
    confirmed: z.literal(true),
  })),
  ...POSTING_PROTOCOL,
} as const satisfies Record<string, { from: MessageOrigin; request: z.ZodType<{ type: string }> }>;

/** What the Kenar options and panels are told about the app and the connection (no secrets). */
export type KenarStatus = Awaited<ReturnType<KenarService['status']>>;

/** What the background answers to each Kenar message. */
export type KenarResponseMap = PostingResponseMap & {
  kenarStatus: KenarStatus;
  kenarSaveSettings: KenarStatus;
  kenarTestKey: { valid: true; canGetPost: boolean };
  kenarConnect: KenarStatus;
  kenarDisconnect: KenarStatus & { revocation: Revocation };
  kenarGetPost: FinderPost;
  kenarUserIdByPhone: { userId: string };
  kenarMyPosts: UserPostsItem[];
  kenarUserPost: UserPostResponse;
  kenarPostStats: StatsResponse;
  kenarEditPost: { ok: true };
  kenarCategoryForm: CategoryForm;
  kenarEditFields: FullEditResult;
  kenarDeletePost: { ok: true };
  kenarSetButton: { ok: true };
  kenarDeleteButton: { ok: true };
  kenarSearch: SearchResponse & { quota: KenarStatus['quota'] };
};
