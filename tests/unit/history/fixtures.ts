import type { Listing } from '@/lib/divar/listing/types';

/** A search card's listing for history tests. */
export const listingOf = (token: string, more: Partial<Listing> = {}): Listing => ({
  token,
  url: `https://divar.ir/v/${token}`,
  source: 'card',
  title: `آپارتمان ${token}`,
  imageUrls: [],
  tags: [],
  facts: {},
  unknownWidgets: [],
  ...more,
});
