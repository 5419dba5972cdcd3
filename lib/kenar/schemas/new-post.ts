/**
 * A new post as the page builds it (and as its draft is kept): who posts it, where, which
 * category, the general fields, the category's form values and the uploaded photos. Checked
 * with zod where it crosses into the background and where a draft is read back from storage.
 */
import { z } from 'zod';
import { lazySchema } from '../../schema/lazy';
import type { FieldValue } from '../category-fields';
import { PHOTO_LIMITS } from '../photo-limits';

/** One form value: text, a checkbox, a list of them, or an object of them. */
export const fieldValue: z.ZodType<FieldValue> = lazySchema(() =>
  z.lazy(() =>
    z.union([
      z.string().max(4000),
      z.boolean(),
      z.array(fieldValue).max(200),
      z.record(z.string().max(64), fieldValue),
    ]),
  ),
);

/** The values of a category form. */
export const fieldValues = lazySchema(() => z.record(z.string().max(64), fieldValue));

/** A photo already on Kenar: its path and, when Kenar gave one, a picture URL. */
export const newPostPhoto = lazySchema(() =>
  z.object({
    path: z.string().min(1).max(512),
    url: z.string().max(2048).optional(),
  }),
);

/** Everything a new post is sent from. */
export const newPostInput = lazySchema(() =>
  z.object({
    businessToken: z.string().max(64),
    category: z.string().max(100),
    city: z.string().max(100),
    district: z.string().max(100).optional(),
    title: z.string().max(500),
    description: z.string().max(10_000),
    chatEnabled: z.boolean(),
    hidePhone: z.boolean(),
    values: fieldValues,
    photos: z.array(newPostPhoto).max(PHOTO_LIMITS.maxPhotos * 2),
  }),
);

/** A half-finished new post, kept until it is sent or thrown away. */
export const newPostDraft = lazySchema(() =>
  z.object({
    input: newPostInput,
    savedAt: z.number(),
    /** The post it was copied from, if any. */
    copiedFrom: z.string().max(64).optional(),
  }),
);

export type NewPostInput = z.infer<typeof newPostInput>;
export type NewPostPhoto = z.infer<typeof newPostPhoto>;
export type NewPostDraft = z.infer<typeof newPostDraft>;
