/** Hostnames that serve divar.ir pages (the site redirects www to the bare host). */
export const DIVAR_PAGE_HOSTS: ReadonlySet<string> = new Set(['divar.ir', 'www.divar.ir']);

/** Parses `input` as an absolute URL, or returns undefined when it is not one. */
export function toUrl(input: string | URL): URL | undefined {
  if (input instanceof URL) return input;
  try {
    return new URL(input.trim());
  } catch {
    return undefined;
  }
}

/** Whether `url` is an http(s) URL on a divar.ir page host. */
export function isDivarPageUrl(url: URL): boolean {
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    DIVAR_PAGE_HOSTS.has(url.hostname.toLowerCase())
  );
}

/** Decodes one percent-encoded path segment, keeping it raw when the encoding is broken. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The non-empty, decoded path segments of a URL (`/a//b/` gives `['a', 'b']`). */
export function pathSegments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter((s) => s.length > 0)
    .map(decodeSegment);
}
