import { parsePostUrl } from '../post-url';
import type { PostDetail } from '../schemas/post-detail';
import { newListing } from './new-listing';
import { districtsOf, type PostWidgetFacts, readPostWidget } from './post-widgets';
import type { Listing } from './types';

function tokenOf(post: PostDetail): string {
  // postDetailSchema guarantees one of the two.
  const token = post.webengage?.token || parsePostUrl(post.share?.web_url ?? '')?.token;
  if (!token) throw new Error('posts-v2 detail without a token (not parsed by postDetailSchema?)');
  return token;
}

/** The single district id a list of breadcrumb/chip filters agrees on, if any. */
function singleDistrict(idLists: string[][]): string | undefined {
  const ids = new Set(idLists.filter((ids) => ids.length === 1).flat());
  return ids.size === 1 ? [...ids][0] : undefined;
}

function readPostLevel(listing: Listing, post: PostDetail, facts: PostWidgetFacts): void {
  const { seo, webengage, city, contact } = post;
  if (!listing.title) listing.title = seo?.web_info?.title || post.share?.title || '';
  const category = webengage?.category || facts.breadcrumbCategory;
  if (category) listing.category = category;
  const cityName = seo?.web_info?.city_persian || city?.name;
  if (cityName) listing.city = cityName;
  if (city?.city_id) listing.cityId = city.city_id;
  if (seo?.web_info?.district_persian) listing.district = seo.web_info.district_persian;
  const crumbs = (seo?.bread_crumb ?? []).map((crumb) => districtsOf(crumb.search_data));
  const districtId = singleDistrict(crumbs) ?? singleDistrict([facts.chipDistrictIds]);
  if (districtId) listing.districtId = districtId;
  if (webengage?.business_type) listing.sellerType = webengage.business_type;
  listing.imageCount = webengage?.image_count ?? listing.imageUrls.length;
  if (contact?.chat_enabled !== undefined) listing.hasChat = contact.chat_enabled;
}

/**
 * A posts-v2 detail (`GET /v8/posts-v2/web/{token}`, NOTES §4) as a Listing: title, description,
 * images, fact rows, features, map point, publish/bump/update times, category, city, district and
 * seller type. Widgets it does not read are listed in `unknownWidgets`.
 */
export function listingFromPost(post: PostDetail): Listing {
  const listing = newListing(tokenOf(post), 'post', '');
  const facts: PostWidgetFacts = { listing, section: '', chipDistrictIds: [] };
  for (const section of post.sections) {
    facts.section = section.section_name;
    for (const widget of section.widgets) readPostWidget(facts, widget);
  }
  readPostLevel(listing, post, facts);
  return listing;
}
