import { z } from 'zod';
import { ERROR_KINDS } from '../errors';
import { lazySchema } from '../schema/lazy';

// Checks what storage.local gives back: values a bug, an old version or another tool may have
// written. Types live in ./types; these only have to agree with them (checked where parsed).

const amount = lazySchema(() => z.number().nonnegative().optional());
const amounts = { price: amount, deposit: amount, monthlyRent: amount };
const failure = lazySchema(() =>
  z.object({ kind: z.enum(ERROR_KINDS), message: z.string().max(2000) }),
);

/** A stored WatchedSearch. */
export const watchedSearchSchema = lazySchema(() =>
  z.object({
    id: z.string().min(1).max(64),
    name: z.string().max(200),
    named: z.boolean().optional(),
    url: z.string().max(8192),
    intervalMinutes: z.number().positive(),
    createdAt: z.number(),
    paused: z.boolean(),
    broken: failure.extend({ at: z.number() }).optional(),
    lastCheckAt: z.number().optional(),
    nextCheckAt: z.number().optional(),
    hasBaseline: z.boolean(),
    failures: z.number().int().nonnegative(),
    lastError: failure.optional(),
    unseen: z.number().int().nonnegative(),
    seenAt: z.number().optional(),
  }),
);

/** A stored SeenMap. */
export const seenMapSchema = lazySchema(() =>
  z.record(z.string(), z.object({ ...amounts, at: z.number() })),
);

/** A stored WatchHit. */
export const watchHitSchema = lazySchema(() =>
  z.object({
    ...amounts,
    kind: z.enum(['new', 'price-drop']),
    token: z.string().max(64),
    url: z.string().max(2048),
    title: z.string().max(500),
    district: z.string().max(200).optional(),
    at: z.number(),
    previous: z.object(amounts).optional(),
  }),
);

/** A stored WatchHold. */
export const watchHoldSchema = lazySchema(() =>
  z.object({
    kind: z.enum(['rate-limit', 'captcha']),
    since: z.number(),
    until: z.number(),
  }),
);
