import { z } from 'zod';
import { isPostToken, parsePostUrl } from '../post-url';
import { legacyPostSchema } from '../schemas/legacy-post';
import { type PostDetail, postDetailSchema } from '../schemas/post-detail';
import { type SearchResponse, searchResponseSchema } from '../schemas/search-response';
import { type DriftReport, emptyDrift } from './drift';
import { parseTolerantly, type Tolerant } from './prune';
import { findPostToken } from './token-scan';

/** A divar answer read field by field, with what was skipped on the way. */
export type Drifted<T> = T & { drift: DriftReport };

type Json = Record<string, unknown>;

/** The drift report a tolerant read attached to an answer, if any. */
export function driftOf(answer: object): DriftReport | undefined {
  const drift = (answer as { drift?: DriftReport }).drift;
  return Array.isArray(drift?.skipped) ? drift : undefined;
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why a JSON value is not a divar answer of the kind `what`, or undefined when it may be one. */
function notDivars(json: unknown, what: string, keys: string[]): Tolerant<never> | undefined {
  const fail = (path: string, expected: string): Tolerant<never> => ({
    ok: false,
    path,
    expected,
    drift: emptyDrift(),
  });
  if (!isObject(json)) return fail('(root)', `a JSON object (${what})`);
  if (keys.some((key) => key in json)) return undefined;
  // Error bodies: `{"message": "آگهی یافت نشد"}`, `{"error": …}` (NOTES §4).
  const said = [json.message, json.error, json.detail].find((v) => typeof v === 'string');
  if (said) return fail('(root)', `${what}; divar said: ${String(said).slice(0, 120)}`);
  return fail(keys.join(' or '), `${what} with ${keys.join(' or ')}`);
}

/**
 * A reader for one kind of divar answer: refused when none of `keys` is there (not divar's, or an
 * error body), otherwise read field by field with `schema`, every odd field skipped and recorded.
 */
export function tolerantReader<T>(what: string, keys: string[], schema: z.ZodType<T>) {
  return (json: unknown): Tolerant<T> =>
    notDivars(json, what, keys) ?? parseTolerantly(schema, json);
}

// An empty last page has no list_widgets (proto3 leaves empty lists out), but still these.
const readSearchPage = tolerantReader(
  'a divar search page',
  ['list_widgets', 'pagination', 'search_id', 'search_bar'],
  searchResponseSchema,
);

/**
 * A search page (`list_widgets` or `pagination` present); a `list_widgets` that is not a list is
 * not drift but a page that cannot be read at all, so it fails rather than pass as empty.
 */
export function readSearchAnswer(json: unknown): Tolerant<SearchResponse> {
  const widgets = isObject(json) ? json.list_widgets : undefined;
  if (widgets === undefined || Array.isArray(widgets)) return readSearchPage(json);
  return {
    ok: false,
    path: 'list_widgets',
    expected: 'a widget list (array)',
    drift: emptyDrift(),
  };
}

/** A legacy v8 post (`widgets` present). */
export const readLegacyAnswer = tolerantReader(
  'a divar legacy post',
  ['widgets'],
  legacyPostSchema,
);

function postToken(post: PostDetail, json: Json, requested?: string): string | undefined {
  const candidates = [
    post.webengage?.token,
    parsePostUrl(post.share?.web_url ?? '')?.token,
    requested,
  ];
  return candidates.find((token) => token && isPostToken(token)) ?? findPostToken(json);
}

/**
 * A posts-v2 post, odd fields skipped; its token from webengage, the share link, the token asked
 * for, or any `post_token` divar put inside, so a post is lost only when it names none.
 */
export function readPostAnswer(json: unknown, requested?: string): Tolerant<PostDetail> {
  const refused = notDivars(json, 'a divar post (posts-v2)', ['sections']);
  if (refused) return refused;
  const read = parseTolerantly(postDetailSchema, json);
  if (!read.ok) return read;
  const token = postToken(read.data, json as Json, requested);
  if (!token) return { ...read, ok: false, path: 'webengage.token', expected: 'a post token' };
  read.data.webengage = { ...read.data.webengage, token };
  return read;
}

/**
 * A zod schema for the HTTP client that runs a tolerant reader: the answer with its drift report,
 * or one issue naming what was expected when the answer is not divar's at all.
 */
export function answerSchema<T>(read: (json: unknown) => Tolerant<T>): z.ZodType<Drifted<T>> {
  return z.unknown().transform((json, ctx) => {
    const result = read(json);
    if (result.ok)
      return Object.assign(result.data as object, { drift: result.drift }) as Drifted<T>;
    ctx.addIssue({
      code: 'custom',
      path: result.path === '(root)' ? [] : result.path.split('.'),
      message: `expected ${result.expected}`,
    });
    return z.NEVER;
  }) as unknown as z.ZodType<Drifted<T>>;
}
