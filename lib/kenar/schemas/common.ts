/**
 * Shapes shared by several Kenar endpoints, written from tests/fixtures/kenar/openapi-v3.json.
 * proto3 JSON: zero and false values are omitted, so answer fields are optional; 64-bit integers
 * are strings in the spec, and numbers are accepted too.
 */
import { z } from 'zod';
import { lazySchema } from '../../schema/lazy';

/** An int64/uint64: a string of digits as the spec says, or a JSON number as the docs send. */
export const int64 = lazySchema(() => z.union([z.string().regex(/^-?\d+$/), z.number().int()]));

/** A free-form JSON object (`type: object` without properties in the spec). */
export const jsonObject = lazySchema(() => z.record(z.string(), z.unknown()));

/** `{}`: the answer of every call that only acknowledges. */
export const emptyAnswer = lazySchema(() => z.object({}));

/** `assetsEnumOption`: one `{slug, display}` pair of an asset list. */
export const enumOption = lazySchema(() =>
  z.object({ slug: z.string().optional(), display: z.string().optional() }),
);

/** `googleRpcStatus`: the body of every Kenar error. */
export const rpcStatus = lazySchema(() =>
  z.object({
    code: z.number().int().optional(),
    message: z.string().optional(),
    details: z.array(z.object({ '@type': z.string().optional() }).loose()).optional(),
  }),
);

/** `postLocationType`. */
export const locationType = lazySchema(() =>
  z.enum(['LOCATION_TYPE_EMPTY', 'LOCATION_TYPE_EXACT', 'LOCATION_TYPE_APPROXIMATE']),
);

/** `PostGeneralDataPostVideo`. */
export const postVideo = lazySchema(() =>
  z.object({
    name: z.string(),
    thumbnail_name: z.string(),
    duration: int64,
  }),
);

/** `postPostGeneralData` as sent (submit, edit v2): the spec's required fields are required. */
export const generalDataInput = lazySchema(() =>
  z.object({
    category_slug: z.string(),
    title: z.string(),
    description: z.string(),
    images: z.array(z.string()),
    city: z.string(),
    district: z.string().optional(),
    latitude: z.number().optional(),
    longitude: z.number().optional(),
    location_type: locationType,
    hide_phone: z.boolean(),
    chat_enabled: z.boolean(),
    video: postVideo.optional(),
  }),
);

/** `postPostGeneralData` as answered: any field may be omitted (proto3 zero values). */
export const generalDataOutput = lazySchema(() => generalDataInput.partial());

/** The answers' business types (`PremiumPanelBusinessDataSubBusinessType`), kept as strings. */
export const businessData = lazySchema(() =>
  z.object({
    business_name: z.string().optional(),
    business_type: z.string().optional(),
  }),
);

export type GeneralDataInput = z.infer<typeof generalDataInput>;
export type GeneralDataOutput = z.infer<typeof generalDataOutput>;
