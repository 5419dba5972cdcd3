import { z } from 'zod';
import type { Listing } from '../divar/listing/types';
import { lazySchema } from '../schema/lazy';

const amount = lazySchema(() => z.number().finite().nonnegative().optional());
const text = (max: number) => z.string().max(max).optional();

/**
 * The part of a divar Listing a portal mapping reads: what the pages send the background (strict,
 * as every message payload is), so a push never depends on which page the listing came from.
 */
export const portalListing = lazySchema(() =>
  z
    .object({
      token: z.string().regex(/^[\w-]{4,32}$/),
      title: z.string().max(500),
      category: text(80),
      city: text(80),
      cityId: text(16),
      district: text(120),
      price: amount,
      isNegotiable: z.boolean().optional(),
      deposit: amount,
      monthlyRent: amount,
      size: amount,
      rooms: amount,
      floor: z.number().int().min(-5).max(300).optional(),
      totalFloors: amount,
      yearBuilt: amount,
      hasElevator: z.boolean().optional(),
      hasParking: z.boolean().optional(),
      hasStorage: z.boolean().optional(),
      hasBalcony: z.boolean().optional(),
      features: z.array(z.string().max(200)).max(60).optional(),
      description: text(20_000),
      location: z
        .object({ latitude: z.number(), longitude: z.number(), isExact: z.boolean() })
        .optional(),
      imageUrls: z.array(z.string().max(2048)).max(60).optional(),
    })
    .strict(),
);

/** A listing as a portal mapping sees it. */
export type PortalListing = z.infer<typeof portalListing>;

// Read from the schema on first use (not while the service worker starts).
let keys: (keyof PortalListing)[] | undefined;
const portalKeys = () => (keys ??= Object.keys(portalListing.shape) as (keyof PortalListing)[]);

/** The PortalListing of a divar Listing: only the fields a mapping reads, empty ones left out. */
export function toPortalListing(listing: Listing): PortalListing {
  const out: Record<string, unknown> = {};
  for (const key of portalKeys()) {
    const value = key === 'location' && listing.location ? pickLocation(listing) : listing[key];
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0))
      out[key] = value;
  }
  return out as PortalListing;
}

function pickLocation({ location }: Listing) {
  return location
    ? { latitude: location.latitude, longitude: location.longitude, isExact: location.isExact }
    : undefined;
}
