import { placeById } from '../places';
import type { PostRowWidget, SearchPageInfo, SearchResponse } from '../schemas/search-response';
import { isWidget } from '../schemas/widget';
import { type CardContext, listingFromCard } from './card';
import { excerptOf, labelKey } from './new-listing';
import type { Listing, UnknownWidget } from './types';

/** A search page split the way a user reads it. */
export interface SearchListings {
  /** Cards that match the search, in page order. */
  listings: Listing[];
  /** Cards divar adds after "آگهی‌های مشابه" (relaxed filters): never mixed into `listings`. */
  recommendations: Listing[];
  /** List widgets that are neither cards nor known dividers. */
  unknown: UnknownWidget[];
}

// Rows that only draw a line or a heading between cards.
const DIVIDERS = new Set(['DIVIDER_ROW']);

/** Whether a selector row title is the divider that opens the recommendations. */
function opensRecommendations(title: string): boolean {
  return labelKey(title).replace(/\s/g, '') === 'آگهیهایمشابه';
}

function categoryOf(extraInfo: string | undefined): string | undefined {
  try {
    const parsed: unknown = JSON.parse(extraInfo ?? '');
    const category = (parsed as { category?: unknown } | null)?.category;
    return typeof category === 'string' && category !== '' ? category : undefined;
  } catch {
    return undefined;
  }
}

function pageFacts(info: SearchPageInfo | undefined) {
  const meta = new Map((info?.posts_metadata ?? []).map((entry) => [entry.token, entry]));
  const [onlyCity, ...others] = info?.cities ?? [];
  // A province id (e.g. 891) may also be searched; only a single *city* pins every result.
  const cityId =
    onlyCity && others.length === 0 && placeById(onlyCity)?.level === 'city' ? onlyCity : undefined;
  return { meta, cityId, isRelaxedPage: info?.search_layer === 'fuzzy_filter' };
}

/**
 * Every card of a search response as a Listing: cards before the "آگهی‌های مشابه" selector row are
 * results, cards after it (or marked as relaxed, as on later recommendation pages) are
 * recommendations; other widget types are reported in `unknown`.
 */
export function listingsFromSearchResponse(response: SearchResponse): SearchListings {
  const out: SearchListings = { listings: [], recommendations: [], unknown: [] };
  const { meta, cityId, isRelaxedPage } = pageFacts(response.action_log?.server_side_info?.info);
  let afterDivider = false;
  const addCard = (card: PostRowWidget) => {
    const entry = meta.get(card.data.token);
    // Pages after the first recommendation page have no divider: the card and page say "relaxed".
    const isRecommendation =
      afterDivider ||
      isRelaxedPage ||
      entry?.source === 'f_relax' ||
      card.action_log?.server_side_info?.info?.extra_data?.last_post_sort_date !== undefined;
    const context: CardContext = { category: categoryOf(entry?.extra_info) };
    if (!isRecommendation && cityId) context.cityId = cityId;
    (isRecommendation ? out.recommendations : out.listings).push(listingFromCard(card, context));
  };
  for (const widget of response.list_widgets ?? []) {
    if (isWidget(widget, 'POST_ROW')) addCard(widget);
    else if (isWidget(widget, 'SELECTOR_ROW') && opensRecommendations(widget.data.title))
      afterDivider = true;
    else if (!DIVIDERS.has(widget.widget_type))
      out.unknown.push({
        section: 'list_widgets',
        widgetType: widget.widget_type,
        excerpt: excerptOf(widget.data),
      });
  }
  return out;
}
