import { isDivarPageUrl, pathSegments, toUrl } from './hosts';

/**
 * A divar post token: `[A-Za-z0-9_-]`, 8 characters in every capture (NOTES §7) but nothing
 * guarantees it, so any length from 6 to 16 is accepted (see isUsualTokenLength).
 */
export const POST_TOKEN_PATTERN = /^[A-Za-z0-9_-]{6,16}$/;

/** The length of every token seen so far; another length is shown as unusual, not refused. */
export const USUAL_TOKEN_LENGTH = 8;

/** Whether a token has the length every captured token has. */
export function isUsualTokenLength(token: string): boolean {
  return token.length === USUAL_TOKEN_LENGTH;
}

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

// A card's link as divar writes it, `/v/<slug>/<token>` or `/v/<token>` (a query may follow).
const RELATIVE_POST_PATH = /^\/v\/(?:[^/?#]+\/)?([A-Za-z0-9_-]{6,16})\/?(?:[?#]|$)/;

/**
 * The post token a link's `href` names on divar.ir, as parsePostUrl reads it; divar's own relative
 * `/v/…` links (every result card's) are read without building a URL, once per card per load.
 */
export function postTokenOfHref(href: string): string | undefined {
  const relative = RELATIVE_POST_PATH.exec(href);
  if (relative) return relative[1];
  if (!URL.canParse(href, 'https://divar.ir')) return undefined;
  return parsePostUrl(new URL(href, 'https://divar.ir'))?.token;
}

/** The canonical divar.ir URL of a post. */
export function postUrlOf(token: string, slug?: string): string {
  const path = slug ? `${encodeURIComponent(slug)}/${token}` : token;
  return `https://divar.ir/v/${path}`;
}
