/** Post shapes (own-post reads and writes, buttons, uploads, stats, submit) from openapi-v3.json. */
import { z } from 'zod';
import { lazySchema } from '../../schema/lazy';
import { BUTTON_TYPES } from '../button-types';
import { businessData, generalDataInput, generalDataOutput, jsonObject } from './common';

/** `postCanUserSubmitPostResponse`. */
export const canSubmitResponse = lazySchema(() => z.object({ can_submit: z.boolean().optional() }));

const postTokenRef = lazySchema(() => z.object({ post_token: z.string() }));

/** `addonsAction`: exactly one of its fields is meant to be set. */
export const addonsAction = lazySchema(() =>
  z.object({
    open_direct_link: z.string().optional(),
    open_server_link: z.object({ data: jsonObject.optional() }).optional(),
    get_dynamic_action: z.object({ data: jsonObject.optional() }).optional(),
    open_post_page: postTokenRef.optional(),
    open_post_manage_page: postTokenRef.optional(),
  }),
);

/** `PostSetPostCustomizedButtonBody` (and the business variant's body). */
export const customizedButtonBody = lazySchema(() =>
  z.object({
    customized_button: z.object({ type: z.enum(BUTTON_TYPES), action: addonsAction }),
  }),
);

/** `PostEditPostBody` (v1, deprecated): title 3 to 50 characters, description required. */
export const editV1Body = lazySchema(() =>
  z.object({
    title: z.string(),
    description: z.string(),
    image_paths: z.array(z.string()).optional(),
  }),
);

/** `PostEditPostV2Body`: only the fields named in `update_mask` change. */
export const editV2Body = lazySchema(() =>
  z.object({
    update_mask: z.array(z.string()),
    general_data: generalDataInput.optional(),
    category_data: jsonObject.optional(),
  }),
);

/** `postGetImageUploadURLResponse` (v1, deprecated). */
export const imageUploadUrlResponse = lazySchema(() =>
  z.object({ upload_url: z.string().optional() }),
);

const uploadFormat = lazySchema(() =>
  z.object({
    url: z.string().optional(),
    http_method: z.enum(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']).optional(),
  }),
);

/** `postGetUploadURLsV2Response`: where images and videos are uploaded today. */
export const uploadUrlsResponse = lazySchema(() =>
  z.object({
    image: uploadFormat.optional(),
    video: uploadFormat.optional(),
  }),
);

/** What an image upload answers (not in the spec; from the docs). */
export const imageUploadAnswer = lazySchema(() =>
  z.object({
    path: z.string(),
    photo_url: z.string().optional(),
    thumbnail_url: z.string().optional(),
  }),
);

const postStats = lazySchema(() =>
  z.object({
    total: z.number().int().optional(),
    daily: z
      .array(z.object({ date: z.string().optional(), count: z.number().int().optional() }))
      .optional(),
  }),
);

/** `postGetPostStatsResponse`: views, impressions and chats over the last 7 days. */
export const statsResponse = lazySchema(() =>
  z.object({
    views: postStats.optional(),
    impressions: postStats.optional(),
    chats: postStats.optional(),
  }),
);

/** `postGetUserPostResponse`: the owner's view, with state and reject reason. */
export const userPostResponse = lazySchema(() =>
  z.object({
    general_data: generalDataOutput.optional(),
    category_data: jsonObject.optional(),
    state: z.string().optional(),
    reject_reason: z.string().optional(),
    business_data: businessData.optional(),
  }),
);

/** `postSubmitUserPostRequest`. */
export const submitUserPostBody = lazySchema(() =>
  z.object({
    business_token: z.string(),
    general_data: generalDataInput,
    category_fields: jsonObject,
  }),
);

/** `postSubmitPostV2Request` (provider posts, ticket-gated). */
export const submitPostV2Body = lazySchema(() =>
  submitUserPostBody.extend({
    landline_numbers: z.array(z.string()).optional(),
  }),
);

/** `postSubmitPostResponse`: the new post waits for payment. */
export const submitResponse = lazySchema(() => z.object({ post_token: z.string().optional() }));

export type { ButtonType } from '../button-types';
export { BUTTON_TYPES };
export type StatsResponse = z.infer<typeof statsResponse>;
export type UserPostResponse = z.infer<typeof userPostResponse>;
export type CustomizedButtonBody = z.infer<typeof customizedButtonBody>;
export type EditV2Body = z.infer<typeof editV2Body>;
export type EditV1Body = z.infer<typeof editV1Body>;
export type SubmitUserPostBody = z.infer<typeof submitUserPostBody>;
export type SubmitPostV2Body = z.infer<typeof submitPostV2Body>;
