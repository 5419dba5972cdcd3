/** What a test may give when it adds a listing (`replica.mutate.addListing`, `POST /__replica/corpus/add`). */
import { z } from 'zod';
import { LISTING_CATEGORIES } from '../data/categories.ts';

const amount = z.number().int().min(0);

/** Facts a new listing may be given; everything left out is drawn like a generated listing's. */
export const ListingPatchSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{8}$/, 'tokens are 8 chars [A-Za-z0-9_-]'),
    category: z.enum(LISTING_CATEGORIES),
    cityId: z.number().int(),
    districtId: z.number().int(),
    title: z.string().min(1),
    description: z.string(),
    businessType: z.enum(['personal', 'real-estate-business', 'premium-panel']),
    agencyName: z.string(),
    price: amount,
    credit: amount,
    rent: amount,
    size: z.number().int().positive(),
    rooms: z.number().int().min(0),
    floor: z.number().int().min(-1),
    yearBuilt: z.number().int(),
    elevator: z.boolean(),
    parking: z.boolean(),
    warehouse: z.boolean(),
    balcony: z.boolean(),
    rebuilt: z.boolean(),
    productionYear: z.number().int(),
    usage: amount,
    brandModel: z.string().min(1),
    color: z.string(),
    status: z.enum(['new', 'like-new', 'used', 'repair-needed']),
    salary: amount,
    redTags: z.array(z.string()),
    contactMethod: z.enum(['CALL', 'CHAT']),
    lat: z.number(),
    lon: z.number(),
  })
  .partial()
  .strict();

/** A validated partial listing. */
export type ListingPatch = z.infer<typeof ListingPatchSchema>;

/** Schema of `POST /__replica/corpus/price`. */
export const PriceChangeSchema = z.object({ token: z.string(), price: amount }).strict();
