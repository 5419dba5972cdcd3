import { z } from 'zod';
import { ERROR_KINDS } from '../errors';
import { lazySchema } from '../schema/lazy';
import { watchHitSchema } from '../watch/schemas';

// Stored values (checked on read: an old version or a bug may have written them) and the bots'
// and webhooks' answers (checked at the trust boundary). Types live in ./types.

const failure = lazySchema(() =>
  z.object({ kind: z.enum(ERROR_KINDS), message: z.string().max(2000) }),
);

/** A Telegram or Bale chat id: a number (negative for groups) or `@channelname`. */
export const chatIdSchema = lazySchema(() =>
  z
    .string()
    .trim()
    .regex(/^(-?\d{1,20}|@[A-Za-z0-9_]{4,64})$/),
);

/** A bot token as BotFather (or Bale's) gives it: `<digits>:<letters, digits, _ and ->`. */
export const botTokenSchema = lazySchema(() =>
  z
    .string()
    .trim()
    .regex(/^\d{1,20}:[A-Za-z0-9_-]{20,80}$/),
);

/** A webhook URL: https only, no user name or password in it. */
export const webhookUrlSchema = lazySchema(() =>
  z
    .url({ protocol: /^https$/ })
    .max(2048)
    // Zod 4 runs a refinement after a failed check too: the URL may not parse here.
    .refine((raw) => {
      const url = URL.canParse(raw) ? new URL(raw) : undefined;
      return url?.username === '' && url.password === '';
    }),
);

/** A stored AlertTarget. */
export const alertTargetSchema = lazySchema(() =>
  z.object({
    id: z.string().min(1).max(64),
    watchId: z.string().min(1).max(64),
    kind: z.enum(['telegram', 'bale', 'webhook']),
    chatId: z.string().max(80).optional(),
    url: z.string().max(2048).optional(),
    createdAt: z.number(),
  }),
);

const item = lazySchema(() =>
  watchHitSchema.omit({ at: true }).extend({ changePercent: z.number().optional() }),
);

/** A stored OutboxEntry. */
export const outboxEntrySchema = lazySchema(() =>
  z.object({
    id: z.string().min(1).max(64),
    targetId: z.string().min(1).max(64),
    watchId: z.string().min(1).max(64),
    createdAt: z.number(),
    attempts: z.number().int().nonnegative(),
    nextAttemptAt: z.number(),
    lastError: failure.extend({ at: z.number() }).optional(),
    message: z.object({
      text: z.string().max(8000),
      payload: z.object({
        version: z.literal(1),
        watch: z.object({ id: z.string(), name: z.string(), url: z.string() }),
        checkedAt: z.string(),
        items: z.array(item).max(100),
        text: z.string().max(8000),
        test: z.literal(true).optional(),
      }),
    }),
  }),
);

/** How many waiting messages of each target were dropped past the outbox's cap. */
export const droppedSchema = lazySchema(() => z.record(z.string(), z.number().int().nonnegative()));

/** The stored bot tokens, by target id. */
export const tokensSchema = lazySchema(() => z.record(z.string(), z.string().max(200)));

/**
 * The Bot API's answer (Telegram's, and Bale's, which copies it): `ok` and, on failure, the
 * error code, its description and sometimes `parameters.retry_after` (seconds). Extra keys pass.
 */
export const botAnswerSchema = lazySchema(() =>
  z.object({
    ok: z.boolean(),
    error_code: z.number().int().optional().catch(undefined),
    description: z.string().max(2000).optional().catch(undefined),
    parameters: z
      .object({ retry_after: z.number().nonnegative().optional().catch(undefined) })
      .optional()
      .catch(undefined),
  }),
);

/** A Bot API answer. */
export type BotAnswer = z.infer<typeof botAnswerSchema>;
