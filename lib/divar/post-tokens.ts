import { parsePostUrl } from './post-url';

// A divar.ir post link inside free text: scheme optional, ends at whitespace, quotes or brackets.
const POST_LINK = /(?:https?:\/\/)?(?:www\.)?divar\.ir\/v\/[^\s"'<>()[\]{}]+/gi;

/**
 * Finds the token of every divar.ir post link in free text (a selection, a chat message, a list
 * of links), in order of first appearance, without repeats. Bare 8-letter words are not
 * tokens: only links count, so ordinary words are never mistaken for posts.
 */
export function extractPostTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const match of text.matchAll(POST_LINK)) {
    const link = match[0].replace(/[.,;:!?،؛]+$/, '');
    const url = /^https?:/i.test(link) ? link : `https://${link}`;
    const post = parsePostUrl(url);
    if (post) tokens.add(post.token);
  }
  return [...tokens];
}
