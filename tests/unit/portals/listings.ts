/** Listings and choices the portal tests push (not a test file). */
import type { PushChoices } from '@/lib/portals/choices';
import type { PortalListing } from '@/lib/portals/listing';

/** The replica's demo office and its first seller. */
export const TARGET = { officeId: 7001, sellerId: 501 };

/** Tehran to Budapest V, Shiraz to Szeged; euros at 100,000 toman. */
export const CHOICES: PushChoices = {
  regionByCity: { تهران: 105, شیراز: 4001 },
  currency: 'eur',
  tomanPerUnit: 100_000,
};

/** A sale listing, complete, with a stable token from `n`. */
export function saleListing(n: number, patch: Partial<PortalListing> = {}): PortalListing {
  return {
    token: `Ab${String(n).padStart(6, '0')}`,
    title: `آپارتمان ${n} متری`,
    category: 'apartment-sell',
    city: n % 2 ? 'تهران' : 'شیراز',
    price: 3_000_000_000 + n * 10_000_000,
    size: 60 + (n % 90),
    rooms: 1 + (n % 4),
    ...patch,
  };
}

/** `count` listings where every `invalidEvery`-th has no price (caught before sending). */
export function listingsWithGaps(count: number, invalidEvery: number): PortalListing[] {
  return Array.from({ length: count }, (__, i) => {
    const listing = saleListing(i + 1);
    if ((i + 1) % invalidEvery !== 0) return listing;
    const { price: _, ...rest } = listing;
    return rest;
  });
}
