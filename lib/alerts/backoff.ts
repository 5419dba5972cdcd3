import type { ErrorInfo } from '../errors';

/** The first retry of a failed delivery comes after this long, ms. */
export const FIRST_RETRY_MS = 60_000;
/** Retries back off to at most this far apart, ms (6 hours); a message is never given up. */
export const MAX_RETRY_MS = 6 * 3_600_000;
/** Retries drift by up to this fraction either way, so targets do not retry in step. */
export const RETRY_JITTER = 0.1;
/** The soonest browser alarms fire (Chrome allows 30 s), ms. */
export const MIN_ALARM_MS = 30_000;

/**
 * When a message that failed `attempts` times (1 after the first failure) is tried again:
 * FIRST_RETRY_MS doubled per earlier failure up to MAX_RETRY_MS, ±RETRY_JITTER, and never before
 * the wait a 429 named (`retryAfterMs`).
 */
export function nextAttemptAt(
  now: number,
  attempts: number,
  error: Pick<ErrorInfo, 'details'>,
  random: () => number,
): number {
  const doubled = FIRST_RETRY_MS * 2 ** Math.min(Math.max(attempts - 1, 0), 20);
  const wait = Math.min(doubled, MAX_RETRY_MS) * (1 - RETRY_JITTER + 2 * RETRY_JITTER * random());
  const asked = error.details?.retryAfterMs ?? 0;
  return now + Math.max(Math.round(wait), asked, MIN_ALARM_MS);
}

/** The one alarm that retries the outbox. */
export const OUTBOX_ALARM = 'alerts:outbox';
