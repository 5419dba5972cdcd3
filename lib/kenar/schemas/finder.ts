/** Finder shapes (public post record, search, users, the user's posts) from openapi-v3.json. */
import { z } from 'zod';
import { lazySchema } from '../../schema/lazy';
import { businessData, int64, jsonObject } from './common';

/** `finderPostExtState`, kept as a string so a new state breaks nothing. */
export const POST_EXT_STATES = ['PUBLISHED', 'REVIEW_REQ', 'PAYMENT_REQ', 'RETIRED'] as const;

/** `finderGetPostResponse`: the official public record of any published post. */
export const finderPost = lazySchema(() =>
  z.object({
    token: z.string().optional(),
    category: z.string().optional(),
    city: z.string().optional(),
    district: z.string().optional(),
    chat_enabled: z.boolean().optional(),
    supplier_chat_assistant_enabled: z.boolean().optional(),
    is_phone_hidden: z.boolean().optional(),
    state: z.string().optional(),
    first_published_at: z.string().optional(),
    last_modified_at: z.string().optional(),
    business_data: businessData.optional(),
    data: jsonObject.optional(),
  }),
);

/** `finderSearchQueryNumberRange`. */
export const numberRange = lazySchema(() =>
  z.object({ min: int64.optional(), max: int64.optional() }),
);

/** `finderSearchPostsV2Request`: one city, one category, optional districts and ranges. */
export const searchRequest = lazySchema(() =>
  z.object({
    category: z.string().optional(),
    city: z.string().optional(),
    districts: z.array(z.string()).optional(),
    query: z
      .object({
        brand_model: z.array(z.string()).optional(),
        production_year: numberRange.optional(),
        usage: numberRange.optional(),
        size: numberRange.optional(),
        rent: numberRange.optional(),
        credit: numberRange.optional(),
        rooms: z.array(z.string()).optional(),
        only_with_parking: z.boolean().optional(),
      })
      .optional(),
  }),
);

/** `SearchPostItemPrice`: Toman as a uint64 string. */
export const itemPrice = lazySchema(() =>
  z.object({ mode: z.string().optional(), value: int64.optional() }),
);

/** `finderSearchPostItem`, with the fields of the real-estate and vehicle groups we show. */
export const searchItem = lazySchema(() =>
  z.object({
    token: z.string().optional(),
    category: z.string().optional(),
    city: z.string().optional(),
    title: z.string().optional(),
    last_modified_at: z.string().optional(),
    price: itemPrice.optional(),
    real_estate_fields: z
      .object({
        size: z.number().int().optional(),
        rooms: z.string().optional(),
        floor: z.number().int().optional(),
        year: z.number().int().optional(),
        has_elevator: z.boolean().optional(),
        has_parking: z.boolean().optional(),
        rent: itemPrice.optional(),
        credit: itemPrice.optional(),
        daily_rent: int64.optional(),
      })
      .optional(),
    vehicles_fields: z
      .object({
        usage: int64.optional(),
        installment_sale: z.string().optional(),
        custom_post_subtitle: z.string().optional(),
      })
      .optional(),
  }),
);

/** `finderSearchPostV2Response`: at most 100 newest posts, no paging. */
export const searchResponse = lazySchema(() => z.object({ posts: z.array(searchItem).optional() }));

/** `finderUser`: the connected user's per-app id and phone, as the granted scopes allow. */
export const finderUser = lazySchema(() =>
  z.object({
    phone_number: z.string().optional(),
    user_id: z.string().optional(),
    phone_numbers: z.array(z.string()).optional(),
  }),
);

/** `finderGetUserIDByPhoneRequest`. */
export const userIdByPhoneRequest = lazySchema(() => z.object({ phone: z.string() }));

/** `finderGetUserIDByPhoneResponse`: the per-app obfuscated user id. */
export const userIdByPhoneResponse = lazySchema(() => z.object({ user_id: z.string().optional() }));

/** `GetUserPostsResponsePost`. */
export const userPostsItem = lazySchema(() =>
  z.object({
    token: z.string().optional(),
    title: z.string().optional(),
    images: z.array(z.string()).optional(),
    category: z.string().optional(),
    is_phone_hidden: z.boolean().optional(),
  }),
);

/** `finderGetUserPostsResponse`: published, waiting and needs-edit posts of the user. */
export const userPostsResponse = lazySchema(() =>
  z.object({ posts: z.array(userPostsItem).optional() }),
);

/** `GetUserBusinessesResponseBusiness`: one business the user has a role in (types kept as text). */
export const userBusiness = lazySchema(() =>
  z.object({
    business_token: z.string().optional(),
    business_type: z.string().optional(),
    brand_name: z.string().optional(),
    brand_description: z.string().optional(),
    user_role: z.string().optional(),
  }),
);

/** `finderGetUserBusinessesResponse`: every business the user owns or works for. */
export const userBusinessesResponse = lazySchema(() =>
  z.object({ businesses: z.array(userBusiness).optional() }),
);

export type FinderPost = z.infer<typeof finderPost>;
export type SearchRequest = z.infer<typeof searchRequest>;
export type SearchResponse = z.infer<typeof searchResponse>;
export type UserPostsItem = z.infer<typeof userPostsItem>;
export type UserBusiness = z.infer<typeof userBusiness>;
