import { isDivarPageUrl, pathSegments, toUrl } from './hosts';
import { parsePostUrl } from './post-url';

/** A divar.ir post page. */
export interface PostPage {
  kind: 'post';
  url: string;
  token: string;
  slug: string | undefined;
}

/** A divar.ir search page, described by its path as written (issue 3 resolves it to ids). */
export interface SearchPage {
  kind: 'search';
  url: string;
  citySlug: string;
  /** The category path segment, e.g. `buy-apartment`; undefined means all categories. */
  categorySlug: string | undefined;
  /** Path segments after the category: a district, or a car brand/model/trim. */
  subPath: string[];
  /** The keyword of an SEO landing page `/s/<city>/list/<keyword>`. */
  keyword: string | undefined;
}

/** Any other divar.ir page (home, profile, chat…). */
export interface OtherPage {
  kind: 'other';
  url: string;
}

/** What a divar.ir page is, as far as Divar Actions is concerned. */
export type DivarPage = PostPage | SearchPage | OtherPage;

/** The kinds of page, in display order. */
export const PAGE_KINDS = ['post', 'search', 'other'] as const;

/**
 * Classifies a divar.ir URL as a post, search or other page; returns undefined when the URL is
 * not on divar.ir at all. Examples: tests/unit/divar/page-kind.test.ts.
 */
export function classifyDivarUrl(input: string | URL): DivarPage | undefined {
  const url = toUrl(input);
  if (!url || !isDivarPageUrl(url)) return undefined;
  const href = url.href;
  const post = parsePostUrl(url);
  if (post) return { kind: 'post', url: href, ...post };
  const [first, city, category, ...rest] = pathSegments(url);
  if (first === 's' && city) {
    const isKeyword = category === 'list';
    return {
      kind: 'search',
      url: href,
      citySlug: city,
      categorySlug: isKeyword ? undefined : category,
      subPath: isKeyword ? [] : rest,
      keyword: isKeyword ? rest.join('/') || undefined : undefined,
    };
  }
  return { kind: 'other', url: href };
}
