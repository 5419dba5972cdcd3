import { z } from 'zod';
import { lazySchema } from '../../schema/lazy';
import { looseBoolean, looseNumber, looseString } from '../read/lenient';
import { newListing } from './new-listing';
import { parseAmount } from './persian-number';
import type { Listing } from './types';

const pinSchema = lazySchema(() =>
  z.looseObject({
    map_post_card: z.looseObject({ token: looseString, title: looseString.default('') }),
    map_pin_feature: z
      .looseObject({
        lat: looseNumber,
        lon: looseNumber,
        approximate_location: looseBoolean.optional(),
        properties: z
          .looseObject({
            properties: z.looseObject({ subtitle1: looseString.optional() }).optional(),
          })
          .optional(),
      })
      .optional(),
  }),
);

/** `POST /v8/mapview/viewport` as the client reads it: pins (capped by divar) and the total inside the box. */
export const viewportSchema = lazySchema(() =>
  z.looseObject({
    posts: z.array(pinSchema).default([]),
    count: looseNumber.optional(),
  }),
);

/** A viewport answer. */
export type Viewport = z.infer<typeof viewportSchema>;

/**
 * The Listing of a map pin: token, title, location (fuzzy unless divar says otherwise) and the
 * price shown on the pin, so a map-mode search can be exported with coordinates.
 */
export function listingFromPin(pin: Viewport['posts'][number]): Listing {
  const listing = newListing(pin.map_post_card.token, 'card', pin.map_post_card.title);
  const feature = pin.map_pin_feature;
  if (feature) {
    listing.location = {
      latitude: feature.lat,
      longitude: feature.lon,
      isExact: feature.approximate_location === false,
    };
    const text = feature.properties?.properties?.subtitle1;
    const amount = text ? parseAmount(text) : undefined;
    if (amount?.kind === 'toman') listing.price = amount.value;
    if (amount?.kind === 'negotiable') listing.isNegotiable = true;
  }
  return listing;
}
