/** The Persian URL slug divar builds from a post title ("هـروی / ۹۸ متـر" → "هـروی-۹۸-متـر"). */
export function postSlug(title: string): string {
  return title.replace(/[^\p{L}\p{N}\p{M}]+/gu, '-').replace(/^-+|-+$/g, '');
}

/** The site path of a post: /v/<slug>/<token> (the slug is percent-encoded, as in href attributes). */
export function postPath(title: string, token: string): string {
  const slug = postSlug(title);
  return slug === '' ? `/v/${token}` : `/v/${encodeURIComponent(slug)}/${token}`;
}
