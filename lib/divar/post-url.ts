import { isDivarPageUrl, pathSegments, toUrl } from './hosts';

/** A divar post token: 8 characters of `[A-Za-z0-9_-]` in every capture (NOTES §7). */
export const POST_TOKEN_PATTERN = /^[A-Za-z0-9_-]{8}$/;

/** What a divar.ir post URL says. */
export interface PostUrl {
  token: string;
  /** The decoded slug, or undefined for `/v/<token>`. Placeholders (`-`, `a`) are kept as written. */
  slug: string | undefined;
}

/** Whether `value` has the shape of a divar post token. */
export function isPostToken(value: string): boolean {
  return POST_TOKEN_PATTERN.test(value);
}

/**
 * Reads a divar.ir post URL (`/v/<slug>/<token>`, `/v/<token>`, raw or percent-encoded slug,
 * trailing slash, any query such as `?ref=ios`); returns undefined for anything else.
 * Examples: tests/unit/divar/post-url.test.ts.
 */
export function parsePostUrl(input: string | URL): PostUrl | undefined {
  const url = toUrl(input);
  if (!url || !isDivarPageUrl(url)) return undefined;
  const [first, ...rest] = pathSegments(url);
  if (first !== 'v' || rest.length < 1 || rest.length > 2) return undefined;
  const token = rest[rest.length - 1] ?? '';
  if (!isPostToken(token)) return undefined;
  return { token, slug: rest.length === 2 ? rest[0] : undefined };
}

/** The canonical divar.ir URL of a post. */
export function postUrlOf(token: string, slug?: string): string {
  const path = slug ? `${encodeURIComponent(slug)}/${token}` : token;
  return `https://divar.ir/v/${path}`;
}
