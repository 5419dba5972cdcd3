import type { z } from 'zod';
import { legacyPostSchema } from '../schemas/legacy-post';
import { postDetailSchema } from '../schemas/post-detail';
import { searchResponseSchema } from '../schemas/search-response';
import { listingFromLegacyPost } from './legacy';
import { listingFromPost } from './post';
import { listingsFromSearchResponse, type SearchListings } from './search';

/** The web API responses a Listing can be read from. */
export type ResponseKind = 'search' | 'post' | 'legacy-post';

/** Listings read from one saved response, or why it could not be read. */
export type ResponseListings =
  | ({ ok: true; kind: ResponseKind } & SearchListings)
  | { ok: false; reason: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Which response a JSON value looks like, by its top-level keys; undefined for none. */
export function responseKindOf(json: unknown): ResponseKind | undefined {
  if (!isObject(json)) return undefined;
  if ('sections' in json) return 'post';
  if ('widgets' in json && 'data' in json) return 'legacy-post';
  if ('list_widgets' in json || 'pagination' in json) return 'search';
  return undefined;
}

function firstIssue(error: z.ZodError): string {
  const [issue] = error.issues;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `${issue?.path.join('.') || '(top level)'}: ${issue?.message ?? 'invalid'}${more}`;
}

function readAs(kind: ResponseKind, json: unknown): ResponseListings {
  const none = { listings: [], recommendations: [], unknown: [] };
  if (kind === 'search') {
    const parsed = searchResponseSchema.safeParse(json);
    if (!parsed.success)
      return { ok: false, reason: `search response: ${firstIssue(parsed.error)}` };
    return { ok: true, kind, ...listingsFromSearchResponse(parsed.data) };
  }
  const parsed = (kind === 'post' ? postDetailSchema : legacyPostSchema).safeParse(json);
  if (!parsed.success) return { ok: false, reason: `${kind}: ${firstIssue(parsed.error)}` };
  const listing =
    kind === 'post'
      ? listingFromPost(parsed.data as z.infer<typeof postDetailSchema>)
      : listingFromLegacyPost(parsed.data as z.infer<typeof legacyPostSchema>);
  return { ok: true, kind, ...none, listings: [listing] };
}

/**
 * Detects a saved web API response (search page, posts-v2 post, legacy v8 post) and reads its
 * listings; `ok: false` with a one-line reason (with the failing path) when it is none of them.
 */
export function listingsFromResponse(json: unknown): ResponseListings {
  const kind = responseKindOf(json);
  if (kind) return readAs(kind, json);
  // posts-v2 answers an unknown token with `{"message": "آگهی یافت نشد"}` (NOTES §4).
  if (isObject(json) && typeof json.message === 'string')
    return { ok: false, reason: `divar said: ${json.message}` };
  return { ok: false, reason: 'not a divar search page, posts-v2 post or legacy v8 post' };
}
