/**
 * The options page's address that opens "New listing" (and, for a copy, the post to start from):
 * what the popup opens in a tab, and what the options page reads back from its own URL.
 */

/** A copy's source: one of the user's posts (`own`) or any public post. */
export interface CopySource {
  token: string;
  from: 'own' | 'public';
}

/** Where the new-listing section lives on the options page. */
export const NEW_POST_ANCHOR = 'kenar-new-post';

/** The query and anchor of the options page that opens the new listing (a copy of `copy`). */
export function newPostQuery(copy?: CopySource): string {
  const query = new URLSearchParams({ 'new-post': '1' });
  if (copy) {
    query.set('copy', copy.token);
    query.set('from', copy.from);
  }
  return `?${query}#${NEW_POST_ANCHOR}`;
}

/** What the options page's query asks for: nothing, a new listing, or a copy of a post. */
export function readNewPostQuery(search: string): { open: boolean; copy?: CopySource } {
  const query = new URLSearchParams(search);
  if (query.get('new-post') !== '1') return { open: false };
  const token = query.get('copy') ?? '';
  const from = query.get('from');
  if (!/^[\w-]{4,32}$/.test(token) || (from !== 'own' && from !== 'public')) return { open: true };
  return { open: true, copy: { token, from } };
}
