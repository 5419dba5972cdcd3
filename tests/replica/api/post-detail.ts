/** `GET /v8/posts-v2/web/{token}` for generated listings, in the structure of the two real samples. */
import type { CorpusListing } from '../corpus/types.ts';
import { findCategory } from '../data/categories.ts';
import { listDataWidgets } from './post-list-data.ts';
import {
  breadcrumbSection,
  descriptionSection,
  imageSection,
  mapSection,
  tagsSection,
} from './post-sections.ts';
import { postSeo, postTracking } from './post-seo.ts';
import { businessSection, noteSection, staticSection } from './post-static-sections.ts';
import { titleSection } from './post-title-section.ts';
import { actionLog } from './widget-parts.ts';

/** Categories whose posts show a MAP section (and pins on the map view). */
export const HAS_MAP: ReadonlySet<string> = new Set([
  'apartment-sell',
  'apartment-rent',
  'house-villa-sell',
  'administration-and-hr',
  'computer-and-it',
  'sales-marketing',
  'accounting-finance-legal',
]);

/** The full posts-v2 JSON of a generated listing; `now` is the corpus "now" for relative times. */
export function buildPostDetail(listing: CorpusListing, now: number) {
  const categoryName = findCategory(listing.category)?.fullName ?? listing.category;
  const section = (name: string, widgets: Record<string, unknown>[]) => ({
    section_name: name,
    widgets,
  });
  const sections = [
    section('BREADCRUMB', breadcrumbSection(listing)),
    section('TITLE', titleSection(listing, now)),
    section('DESCRIPTION', descriptionSection(listing)),
    ...(listing.images.length > 0 ? [section('IMAGE', imageSection(listing, categoryName))] : []),
    section('LIST_DATA', listDataWidgets(listing)),
    section('TAGS', tagsSection(listing, categoryName)),
    ...(HAS_MAP.has(listing.category) ? [section('MAP', mapSection(listing))] : []),
    section('NOTE', noteSection(listing.token)),
    section('STATIC', staticSection(listing.token)),
    ...(listing.businessType === 'personal'
      ? []
      : [section('BUSINESS_SECTION', businessSection(listing))]),
  ];
  const contactInfo = {
    '@type': 'type.googleapis.com/action_log.ContactInfoInfo',
    post_token: listing.token,
    method_name: 'GetContactWeb',
    contact_uuid: listing.contactUuid,
  };
  return {
    sections,
    share: {
      title: listing.title.replace(/\//g, '_'),
      web_url: `https://divar.ir/v/${listing.token}`,
    },
    seo: postSeo(listing, categoryName),
    contact: {
      chat_enabled: listing.chatEnabled,
      action_log: actionLog(contactInfo, 'CONTACT_INFO'),
      contact_uuid: listing.contactUuid,
    },
    ...postTracking(listing),
  };
}
