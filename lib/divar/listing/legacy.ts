import { districtBySlug, placeBySlug } from '../places';
import type { LegacyListData, LegacyPost } from '../schemas/legacy-post';
import { applyFeature, applyRow } from './facts';
import { newListing } from './new-listing';
import { keepUnknown, type PostWidgetFacts, readFeatureModal } from './post-widgets';
import type { Listing } from './types';

function isFormat<T extends string>(
  entry: LegacyListData,
  format: T,
): entry is Extract<LegacyListData, { format: T }> {
  return entry.format === format;
}

function readListData(facts: PostWidgetFacts, entry: LegacyListData): void {
  const { listing } = facts;
  if (isFormat(entry, 'string')) applyRow(listing, entry.title, entry.value);
  else if (isFormat(entry, 'group_info_row'))
    for (const item of entry.items) applyRow(listing, item.title, item.value);
  else if (isFormat(entry, 'group_feature_row')) {
    for (const item of entry.items) applyFeature(listing, item.title, item.available);
    readFeatureModal(facts, entry.next_page?.widget_list ?? []);
  } else keepUnknown(facts, `list_data:${entry.format}`, entry);
}

// City and district ids are not in the legacy shape; its links end in the district's URL slug
// ("tehran/buy-apartment/narmak"), which the places table maps to an id (narmak → 399).
function readPlaceIds(listing: Listing, post: LegacyPost): void {
  const city = placeBySlug(post.data.webengage?.city ?? '');
  if (city?.level !== 'city') return;
  listing.cityId = String(city.id);
  for (const link of post.widgets.links ?? []) {
    const [, , districtSlug, ...rest] = (link.relative_url ?? '').split('/');
    const district = districtSlug && rest.length === 0 && districtBySlug(districtSlug, [city.id]);
    if (district) listing.districtId = String(district.id);
  }
}

/**
 * A legacy `v8/posts/{token}` response (2023 shape, NOTES "Drift") as a Listing: `list_data` rows
 * and features, images, agency, category, city and district. It has no absolute times.
 */
export function listingFromLegacyPost(post: LegacyPost): Listing {
  const { data, widgets } = post;
  const listing = newListing(post.token, 'legacy-post', widgets.header.title);
  const facts: PostWidgetFacts = { listing, section: 'list_data', chipDistrictIds: [] };
  for (const entry of widgets.list_data) readListData(facts, entry);
  if (data.category?.slug) listing.category = data.category.slug;
  if (data.city) listing.city = data.city;
  if (data.district) listing.district = data.district;
  readPlaceIds(listing, post);
  const description = widgets.description ?? data.description;
  if (description) listing.description = description;
  listing.imageUrls = widgets.images ?? [];
  listing.imageCount = data.webengage?.image_count ?? listing.imageUrls.length;
  const sellerType = data.business_data?.business_type || data.webengage?.business_type;
  if (sellerType) listing.sellerType = sellerType;
  const agency = data.business_data?.data?.name;
  if (agency) listing.sellerName = agency;
  if (widgets.contact?.chat !== undefined) listing.hasChat = widgets.contact.chat;
  const { latitude, longitude } = widgets.location ?? {};
  // Legacy gives no location type; treat the point as approximate, as divar shows it.
  if (latitude !== undefined && longitude !== undefined)
    listing.location = { latitude, longitude, isExact: false };
  facts.section = 'widgets';
  if (widgets.tags?.length) keepUnknown(facts, 'tags');
  for (const suggestion of widgets.suggestions?.widget_list ?? [])
    keepUnknown(facts, suggestion.widget_type, suggestion.data as object | undefined);
  return listing;
}
