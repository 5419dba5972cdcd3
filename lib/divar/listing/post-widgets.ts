import type { DescribedPostWidgets, ModalWidget, PostWidget } from '../schemas/post-widgets';
import { isWidget, type SearchDataRef } from '../schemas/widget';
import { applyFeature, applyRow, asWritten } from './facts';
import { parseJalaliDateTime } from './jalali';
import { excerptOf, labelKey } from './new-listing';
import type { Listing } from './types';

/** What reading the widgets found besides Listing fields: fallbacks the post-level data may lack. */
export interface PostWidgetFacts {
  listing: Listing;
  section: string;
  breadcrumbCategory?: string;
  chipDistrictIds: string[];
}

// Headings, the viewer's own note and dividers: they carry nothing about the post.
const CHROME = new Set(['TITLE_ROW', 'SECTION_TITLE_ROW', 'NOTE', 'DIVIDER_ROW']);
// Selector rows that open a divar page of their own (fraud alert, inspection services, report form).
const LINK_ACTIONS = new Set(['OPEN_PAGE', 'OPEN_FORM_PAGE', 'OPEN_WEB_PAGE']);
const DATE_FIELDS: Record<string, 'publishedAt' | 'bumpedAt' | 'updatedAt'> = {
  انتشارآگهی: 'publishedAt',
  آخریننردبان: 'bumpedAt',
  آخرینبهروزرسانی: 'updatedAt',
};

/** Adds a widget the normaliser did not read to the listing's unknownWidgets. */
export function keepUnknown(facts: PostWidgetFacts, widgetType: string, data?: object): void {
  const excerpt = excerptOf(data as Record<string, unknown> | undefined);
  facts.listing.unknownWidgets.push({
    section: facts.section,
    widgetType,
    ...(excerpt ? { excerpt } : {}),
  });
}

// "انتشار آگهی: ۲۲ شهریور ۱۴۰۵، ۱۷:۱۹\nآخرین نردبان: …\nآخرین به‌روزرسانی: …"
function readDateLines(listing: Listing, text: string): void {
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const label = line.slice(0, colon).trim();
    const field = DATE_FIELDS[labelKey(label).replace(/\s/g, '')];
    const iso = parseJalaliDateTime(line.slice(colon + 1));
    if (field && iso) listing[field] = iso;
    else listing.facts[asWritten(label)] = asWritten(line.slice(colon + 1));
  }
}

/** The district ids a breadcrumb, chip or link's `search_data` filters on. */
export const districtsOf = (searchData: SearchDataRef | undefined): string[] =>
  searchData?.form_data?.data?.districts?.repeated_string.value ?? [];

/** Reads the "all features" modal (posts-v2 SELECTOR_ROW, legacy `next_page`): rows and features. */
export function readFeatureModal(facts: PostWidgetFacts, widgets: ModalWidget[]): void {
  for (const widget of widgets) {
    if (isWidget(widget, 'UNEXPANDABLE_ROW'))
      applyRow(facts.listing, widget.data.title, widget.data.value);
    else if (isWidget(widget, 'FEATURE_ROW'))
      applyFeature(facts.listing, widget.data.title, widget.data.available);
    else if (!CHROME.has(widget.widget_type)) keepUnknown(facts, widget.widget_type, widget.data);
  }
}

type Readers = {
  [T in keyof DescribedPostWidgets]: (facts: PostWidgetFacts, w: DescribedPostWidgets[T]) => void;
};

const READERS: Readers = {
  BREADCRUMB: (facts, w) => {
    const categories = (w.data.parent_items ?? []).map(
      (item) => item.action?.payload?.search_data?.form_data?.data?.category?.str.value,
    );
    facts.breadcrumbCategory = categories.filter(Boolean).at(-1);
  },
  LEGEND_TITLE_ROW: (facts, w) => {
    facts.listing.title = w.data.title;
  },
  EXPANDABLE_SECTION: (facts, w) => {
    for (const inner of w.data.widget_list ?? []) {
      if (inner.widget_type === 'DESCRIPTION_ROW' && inner.data?.text)
        readDateLines(facts.listing, inner.data.text);
      else keepUnknown(facts, inner.widget_type, inner.data);
    }
  },
  DESCRIPTION_ROW: (facts, w) => {
    facts.listing.description = w.data.text;
  },
  IMAGE_CAROUSEL: (facts, w) => {
    for (const item of w.data.items)
      if (item.image?.url) facts.listing.imageUrls.push(item.image.url);
  },
  GROUP_INFO_ROW: (facts, w) => {
    for (const item of w.data.items) applyRow(facts.listing, item.title, item.value);
  },
  UNEXPANDABLE_ROW: (facts, w) => applyRow(facts.listing, w.data.title, w.data.value),
  GROUP_FEATURE_ROW: (facts, w) => {
    for (const item of w.data.items) applyFeature(facts.listing, item.title, item.available);
  },
  FEATURE_ROW: (facts, w) => applyFeature(facts.listing, w.data.title, w.data.available),
  SCORE_ROW: (facts, w) => {
    facts.listing.facts[asWritten(w.data.title)] = asWritten(w.data.descriptive_score ?? '');
  },
  SELECTOR_ROW: (facts, w) => {
    const modal = w.data.action?.payload?.modal_page?.widget_list;
    if (modal) readFeatureModal(facts, modal);
    else if (!LINK_ACTIONS.has(w.data.action?.type ?? ''))
      keepUnknown(facts, w.widget_type, w.data);
  },
  MAP_ROW: (facts, w) => {
    const location = w.data.location;
    const point = location?.fuzzy_data?.point ?? location?.exact_data?.point ?? location?.point;
    if (!location || !point) return keepUnknown(facts, w.widget_type, w.data);
    const radius = location.fuzzy_data?.radius;
    facts.listing.location = {
      latitude: point.latitude,
      longitude: point.longitude,
      isExact: location.type === 'EXACT',
      ...(radius === undefined ? {} : { radiusMetres: radius }),
    };
  },
  WRAPPER_ROW: (facts, w) => {
    for (const chip of w.data.chip_list?.chips ?? [])
      facts.chipDistrictIds.push(...districtsOf(chip.action?.payload?.search_data));
  },
};

/** Reads one posts-v2 widget into the listing; types not read land in unknownWidgets. */
export function readPostWidget(facts: PostWidgetFacts, widget: PostWidget): void {
  const reader = Object.hasOwn(READERS, widget.widget_type)
    ? (READERS[widget.widget_type as keyof Readers] as (f: PostWidgetFacts, w: PostWidget) => void)
    : undefined;
  if (reader) reader(facts, widget);
  else if (!CHROME.has(widget.widget_type)) keepUnknown(facts, widget.widget_type, widget.data);
}
