import type { PostRowWidget } from '../schemas/search-response';
import { applyAmount, applyRow, asWritten, parseMileage } from './facts';
import { labelKey, newListing } from './new-listing';
import { parseAmount } from './persian-number';
import { isRelativeTime } from './relative-time';
import type { Listing } from './types';

/** What the search page knows about a card beyond the card itself. */
export interface CardContext {
  /** The post's category slug (from the page's `posts_metadata`). */
  category?: string;
  /** The city id, when the search was in exactly one city. */
  cityId?: string;
}

const LABELLED = /^([^:]+?)\s*:\s*(.+)$/;

// "ودیعه: ۱۰۰,۰۰۰,۰۰۰ تومان", "اجارهٔ ماهانه: …", or both joined by " / " on one line.
function readLabelledLine(listing: Listing, line: string): boolean {
  const parts = line.split(/\s+\/\s+/).map((part) => LABELLED.exec(part.trim()));
  if (!parts.every((match) => match)) return false;
  for (const match of parts) if (match?.[1] && match[2]) applyRow(listing, match[1], match[2]);
  return true;
}

function readTopLine(listing: Listing, line: string): void {
  if (readLabelledLine(listing, line)) return;
  // Cars show their mileage here ("۱۲۰,۰۰۰ کیلومتر", "کارکرد صفر").
  const mileage = /کیلومتر$|^کارکرد/.test(labelKey(line)) ? parseMileage(line) : undefined;
  if (mileage !== undefined) listing.mileageKm = mileage;
  else listing.facts.top_description_text = asWritten(line);
}

function readMiddleLine(listing: Listing, line: string): void {
  if (readLabelledLine(listing, line)) return;
  // A rent card with no monthly rent says "رهن کامل" (full deposit) instead of an amount.
  if (labelKey(line) === 'رهن کامل') listing.monthlyRent = 0;
  else if (!applyAmount(listing, 'price', parseAmount(line)))
    listing.facts.middle_description_text = asWritten(line);
}

// "<relative time> در <district>" or "<agency> در <district>" (NOTES §2.2).
function readBottomLine(listing: Listing, line: string, district: string | undefined): void {
  const at = district && line.endsWith(` در ${district}`) ? line.length - district.length - 4 : -1;
  const split = at >= 0 ? at : line.lastIndexOf(' در ');
  const who = (split >= 0 ? line.slice(0, split) : line).trim();
  const where = split >= 0 ? line.slice(split + 4).trim() : undefined;
  if (district) listing.district = district;
  else if (where && where !== listing.city) listing.district = where;
  if (isRelativeTime(who)) return;
  // The generic label divar shows for posts by real-estate agents (the agency name is not given).
  if (labelKey(who) === 'مشاور املاک') listing.sellerType = 'real-estate-business';
  else if (split >= 0 && who) listing.sellerName = who;
  else if (who) listing.facts.bottom_description_text = asWritten(who);
}

/**
 * A search card (POST_ROW) as a Listing: price or deposit/rent from the description lines, district
 * and agency or time from the bottom line, badges from `red_text`, `sort_date` from the action log.
 */
export function listingFromCard(card: PostRowWidget, context: CardContext = {}): Listing {
  const { data } = card;
  const listing = newListing(data.token, 'card', data.title);
  const webInfo = data.action?.payload?.web_info;
  if (context.category) listing.category = context.category;
  if (webInfo?.city_persian) listing.city = webInfo.city_persian;
  if (context.cityId) listing.cityId = context.cityId;
  if (data.top_description_text) readTopLine(listing, data.top_description_text);
  if (data.middle_description_text) readMiddleLine(listing, data.middle_description_text);
  if (data.bottom_description_text)
    readBottomLine(listing, data.bottom_description_text, webInfo?.district_persian || undefined);
  else if (webInfo?.district_persian) listing.district = webInfo.district_persian;
  const badges = [...(data.red_text?.split('|') ?? []), data.image_overlay_tag?.text ?? ''];
  listing.tags = badges.map((tag) => tag.trim()).filter(Boolean);
  if (data.image_url) listing.imageUrls = [data.image_url];
  if (data.image_count !== undefined) listing.imageCount = data.image_count;
  if (data.has_chat !== undefined) listing.hasChat = data.has_chat;
  const sortDate = card.action_log?.server_side_info?.info?.sort_date;
  if (sortDate) listing.sortDate = sortDate;
  return listing;
}
