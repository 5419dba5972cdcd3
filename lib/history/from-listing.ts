import type { Listing } from '../divar/listing/types';
import type { ObservedListing } from './types';

/** What the history keeps of a normalised Listing (crawl, watch and details results). */
export function observedOf(listing: Listing): ObservedListing {
  const seller = listing.sellerName ?? undefined;
  const published = listing.publishedAt ? Date.parse(listing.publishedAt) : Number.NaN;
  return {
    token: listing.token,
    facts: {
      ...(listing.price !== undefined && listing.price > 0 ? { price: listing.price } : {}),
      ...(listing.deposit !== undefined ? { deposit: listing.deposit } : {}),
      ...(listing.monthlyRent !== undefined ? { rent: listing.monthlyRent } : {}),
      ...(listing.title ? { title: listing.title } : {}),
      ...(listing.district ? { district: listing.district } : {}),
      ...(listing.size !== undefined ? { size: listing.size } : {}),
      ...(seller ? { seller } : {}),
    },
    ...(Number.isFinite(published) ? { publishedAt: published } : {}),
  };
}
