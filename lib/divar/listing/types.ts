import type { DriftEntry } from '../read/drift';

/** Where a Listing was read from. */
export type ListingSource = 'card' | 'post' | 'legacy-post';

/** A latitude/longitude; divar usually gives a fuzzy point with a radius. */
export interface ListingLocation {
  latitude: number;
  longitude: number;
  isExact: boolean;
  radiusMetres?: number;
}

/** A part of a response the normaliser did not understand: kept, never silently dropped. */
export interface UnknownWidget {
  section?: string;
  widgetType: string;
  /** A short excerpt (title/text) to help whoever adds support for it. */
  excerpt?: string;
}

/**
 * One divar post, the same shape whether it came from a search card (POST_ROW), a posts-v2
 * detail or a legacy v8 post. Amounts are toman; absent means "divar did not say".
 */
export interface Listing {
  token: string;
  url: string;
  source: ListingSource;
  title: string;
  /** API category slug, e.g. `apartment-sell`. */
  category?: string;
  city?: string;
  cityId?: string;
  district?: string;
  districtId?: string;
  price?: number;
  isNegotiable?: boolean;
  deposit?: number;
  monthlyRent?: number;
  /** Square metres. */
  size?: number;
  rooms?: number;
  floor?: number;
  totalFloors?: number;
  /** Year built, as divar writes it (Jalali). */
  yearBuilt?: number;
  pricePerSquareMetre?: number;
  hasElevator?: boolean;
  hasParking?: boolean;
  hasStorage?: boolean;
  hasBalcony?: boolean;
  /** Other amenities divar listed, as written ("گرمایش شوفاژ", "جنس کف سرامیک", "استخر ندارد"). */
  features?: string[];
  /** Car mileage in kilometres (card "۱۲۰,۰۰۰ کیلومتر" / "کارکرد صفر", post row "کارکرد"). */
  mileageKm?: number;
  /** `personal`, `real-estate-business`, `premium-panel`, … as divar says it. */
  sellerType?: string;
  /** The agency or shop name a card shows instead of a time, when it does. */
  sellerName?: string;
  imageCount?: number;
  /** Whether divar offers chat with the seller (card `has_chat`, post `contact.chat_enabled`). */
  hasChat?: boolean;
  imageUrls: string[];
  location?: ListingLocation;
  /** ISO 8601 (UTC). */
  publishedAt?: string;
  bumpedAt?: string;
  /** ISO 8601 (UTC) of the post's "آخرین به‌روزرسانی" line. */
  updatedAt?: string;
  /** The card's `sort_date` (ISO), the only timestamp a search card has. */
  sortDate?: string;
  description?: string;
  /** Card badges such as "نردبان شده" (bumped), "فروشگاه". */
  tags: string[];
  /** Other key/value facts divar listed (car mileage, colour, job type…), Persian titles. */
  facts: Record<string, string>;
  unknownWidgets: UnknownWidget[];
  /** Fields of divar's answer that were skipped as not understood (absent when none were). */
  drift?: DriftEntry[];
}
