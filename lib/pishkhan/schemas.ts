/**
 * Cafe Bazaar's Pishkhan answers (the page, tests/fixtures/pishkhan), read field by field with
 * the project's loose readers: every field is optional, numbers and booleans may come as text,
 * unknown keys pass, and an odd field is skipped and recorded rather than failing the answer.
 */
import { z } from 'zod';
import { looseBoolean, looseNumber, looseString } from '../divar/read/lenient';
import { lazySchema } from '../schema/lazy';

/** The CPU architectures the upload endpoint accepts, as the literal strings it wants. */
export const ARCHITECTURES = ['all', 'armeabi-v7a', 'arm64-v8a'] as const;

/** One architecture of an uploaded package. */
export type Architecture = (typeof ARCHITECTURES)[number];

// The page prints `cpu_architectures: ""`; a list or a comma-separated text is read as a list.
const architectures = lazySchema(() =>
  z
    .union([z.string(), z.array(z.string())], { error: 'string or list' })
    .transform((value) =>
      (Array.isArray(value) ? value : value.split(/[,\s]+/)).map((v) => v.trim()).filter(Boolean),
    ),
);

/** A package (an APK) of a release. */
export const packageSchema = lazySchema(() =>
  z.object({
    apk_size: looseNumber.optional(),
    sha1_hash: looseString.optional(),
    version_code: looseNumber.optional(),
    version_name: looseString.optional(),
    api_level: looseNumber.optional(),
    target_api_level: looseNumber.optional(),
    upload_date: looseString.optional(),
    cpu_architectures: architectures.optional(),
    dpi: looseNumber.optional(),
    locale: looseString.optional(),
    additional_files: z.array(z.unknown()).optional(),
  }),
);

/** A release: a draft, or after commit one with `id`, `release_state` and `committed`. */
export const releaseSchema = lazySchema(() =>
  z.object({
    id: looseString.optional(),
    release_state: looseString.optional(),
    committed: looseBoolean.optional(),
    creation_date: looseString.optional(),
    packages: z.array(packageSchema).optional(),
    auto_publish: looseBoolean.optional(),
    staged_rollout_percentage: looseNumber.optional(),
    // The page shows `changelog_fa: null` on reads.
    changelog_fa: looseString.nullable().optional(),
    changelog_en: looseString.nullable().optional(),
  }),
);

/** Every answer's envelope: `type` decides success, `message` is Bazaar's own words. */
export const envelopeSchema = lazySchema(() =>
  z.object({
    type: looseString.optional(),
    message: looseString.optional(),
    release: releaseSchema.optional(),
    package: packageSchema.optional(),
  }),
);

/** A package as read. */
export type PishkhanPackage = z.infer<typeof packageSchema>;
/** A release as read. */
export type PishkhanRelease = z.infer<typeof releaseSchema>;
/** An answer's envelope as read. */
export type PishkhanEnvelope = z.infer<typeof envelopeSchema>;

/** The commit request body, exactly as the page lists its fields (built by a serializer). */
export const commitBodySchema = lazySchema(() =>
  z.object({
    changelog_fa: z.string(),
    changelog_en: z.string(),
    developer_note: z.string(),
    staged_rollout_percentage: z.number().int().min(1).max(100),
    auto_publish: z.boolean(),
  }),
);

/** The commit request body. */
export type CommitBody = z.infer<typeof commitBodySchema>;
