import { readLegacyAnswer, readPostAnswer, readSearchAnswer } from '../read/answers';
import type { DriftReport } from '../read/drift';
import type { Tolerant } from '../read/prune';
import { listingFromLegacyPost } from './legacy';
import { listingFromPost } from './post';
import { listingsFromSearchResponse, type SearchListings } from './search';

/** The web API responses a Listing can be read from. */
export type ResponseKind = 'search' | 'post' | 'legacy-post';

/** Listings read from one saved response (with what was skipped), or why it could not be read. */
export type ResponseListings =
  | ({ ok: true; kind: ResponseKind; drift: DriftReport } & SearchListings)
  | { ok: false; reason: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Which response a JSON value looks like, by its top-level keys; undefined for none. */
export function responseKindOf(json: unknown): ResponseKind | undefined {
  if (!isObject(json)) return undefined;
  if ('sections' in json) return 'post';
  if ('widgets' in json && 'data' in json) return 'legacy-post';
  if (['list_widgets', 'pagination', 'search_id', 'search_bar'].some((key) => key in json))
    return 'search';
  return undefined;
}

function finish<T>(
  kind: ResponseKind,
  read: Tolerant<T>,
  listings: (data: T) => SearchListings,
): ResponseListings {
  if (!read.ok) return { ok: false, reason: `${kind}: ${read.path}: expected ${read.expected}` };
  const out = listings(read.data);
  const unknownWidgets = out.unknown.length + out.listings.flatMap((l) => l.unknownWidgets).length;
  return { ok: true, kind, ...out, drift: { ...read.drift, unknownWidgets } };
}

const one = (listing: SearchListings['listings'][number]): SearchListings => ({
  listings: [listing],
  recommendations: [],
  unknown: [],
});

/**
 * Detects a saved web API response (search page, posts-v2 post, legacy v8 post) and reads its
 * listings field by field; `ok: false` with a one-line reason only when it is none of them.
 */
export function listingsFromResponse(json: unknown): ResponseListings {
  const kind = responseKindOf(json);
  if (kind === 'search') return finish(kind, readSearchAnswer(json), listingsFromSearchResponse);
  if (kind === 'post')
    return finish(kind, readPostAnswer(json), (post) => one(listingFromPost(post)));
  if (kind === 'legacy-post')
    return finish(kind, readLegacyAnswer(json), (post) => one(listingFromLegacyPost(post)));
  // posts-v2 answers an unknown token with `{"message": "آگهی یافت نشد"}` (NOTES §4).
  if (isObject(json) && typeof json.message === 'string')
    return { ok: false, reason: `divar said: ${json.message}` };
  return { ok: false, reason: 'not a divar search page, posts-v2 post or legacy v8 post' };
}
