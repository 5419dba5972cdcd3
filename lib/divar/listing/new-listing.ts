import { postUrlOf } from '../post-url';
import { normalizePersian } from '../text';
import type { Listing, ListingSource } from './types';

/** An empty Listing for a token: its URL, no facts yet. */
export function newListing(token: string, source: ListingSource, title: string): Listing {
  return {
    token,
    url: postUrlOf(token),
    source,
    title,
    imageUrls: [],
    tags: [],
    facts: {},
    unknownWidgets: [],
  };
}

/**
 * A Persian label folded for lookups: ZWNJ, ي/ك and spacing as normalizePersian, and the hamza
 * of "اجارهٔ"/"شیوهٔ" (U+0654, or the precomposed ۀ) dropped, so spelling variants meet.
 */
export function labelKey(text: string): string {
  return normalizePersian(text)
    .replace(/\u0654/g, '')
    .replace(/\u06c0/g, 'ه');
}

/** A short excerpt of a widget (its title or text) for an UnknownWidget. */
export function excerptOf(data: Record<string, unknown> | undefined): string | undefined {
  const text = [data?.title, data?.text, data?.rest_request_path].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  return text === undefined ? undefined : text.trim().slice(0, 80);
}
