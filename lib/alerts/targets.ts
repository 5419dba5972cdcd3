import { AppError } from '../errors';
import { botTokenSchema, chatIdSchema, webhookUrlSchema } from './schemas';
import type { AlertTarget, AlertTargetKind, AlertTargetView, OutboxEntry } from './types';

/** A target the user adds: a bot's chat (with its token) or a webhook URL. */
export interface NewTarget {
  watchId: string;
  kind: AlertTargetKind;
  chatId?: string;
  token?: string;
  url?: string;
}

const invalid = (what: string) => new AppError('bad-message', `invalid ${what}`);

/** A new target checked field by field, and its token apart from it; throws on a bad field. */
export function checkedTarget(
  input: NewTarget,
  id: string,
  now: number,
): { target: AlertTarget; token?: string } {
  const base = { id, watchId: input.watchId, kind: input.kind, createdAt: now };
  if (input.kind === 'webhook') {
    const url = webhookUrlSchema.safeParse(input.url);
    if (!url.success) throw invalid('webhook URL (https only)');
    return { target: { ...base, url: url.data } };
  }
  const chatId = chatIdSchema.safeParse(input.chatId);
  const token = botTokenSchema.safeParse(input.token);
  if (!chatId.success) throw invalid('chat id');
  if (!token.success)
    throw new AppError('alert-bad-token', 'the token does not look like a bot token');
  return { target: { ...base, chatId: chatId.data }, token: token.data };
}

/** What the UI is told of a target besides its fields (never its token). */
export interface TargetFacts {
  hasToken: boolean;
  isAllowed: boolean;
  /** Messages dropped past the outbox's cap. */
  dropped: number;
}

/**
 * A target as the UI shows it: whether a token is saved and its host allowed, how many messages
 * wait for it, and the first failure among them with its next try.
 */
export function targetView(
  target: AlertTarget,
  facts: TargetFacts,
  outbox: OutboxEntry[],
): AlertTargetView {
  const mine = outbox.filter((entry) => entry.targetId === target.id);
  const failing = mine.find((entry) => entry.lastError);
  return {
    ...target,
    ...facts,
    pending: mine.length,
    ...(failing?.lastError
      ? { failure: { ...failing.lastError, nextAttemptAt: failing.nextAttemptAt } }
      : {}),
  };
}
