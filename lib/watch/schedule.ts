import type { ErrorInfo } from '../errors';
import type { WatchHold } from './types';

/**
 * Shortest check interval, minutes. Chrome 120+ lets packed extensions' alarms fire every 30 s
 * (1 minute before 120); one minute works everywhere and is already a brisk pace for divar.
 */
export const MIN_INTERVAL_MINUTES = 1;
/** Check interval of a newly watched search, minutes. */
export const DEFAULT_INTERVAL_MINUTES = 15;
/** Longest check interval, minutes (a day). */
export const MAX_INTERVAL_MINUTES = 24 * 60;
/** Checks drift by up to this fraction of the interval either way, so they never tick in step. */
export const JITTER = 0.1;
/** Failing checks back off to at most this long apart, minutes (unless the interval is longer). */
export const MAX_BACKOFF_MINUTES = 6 * 60;
/** How long watching pauses after a 429 when divar names no longer wait, ms. */
export const RATE_LIMIT_HOLD_MS = 10 * 60_000;
/** How long watching pauses after a captcha (time for the user to solve it on divar.ir), ms. */
export const CAPTCHA_HOLD_MS = 30 * 60_000;

const MINUTE = 60_000;
const ALARM_PREFIX = 'watch:';

/** An interval in whole minutes within the allowed range. */
export function clampInterval(minutes: number): number {
  if (!Number.isFinite(minutes)) return DEFAULT_INTERVAL_MINUTES;
  return Math.min(MAX_INTERVAL_MINUTES, Math.max(MIN_INTERVAL_MINUTES, Math.round(minutes)));
}

/**
 * When the next check of a search is due: one interval (doubled per consecutive failure, up to
 * MAX_BACKOFF_MINUTES) from `now`, ±JITTER, never sooner than the minimum, nor before a hold ends.
 */
export function nextCheckAt(
  now: number,
  intervalMinutes: number,
  random: () => number,
  failures = 0,
  hold?: WatchHold,
): number {
  const interval = clampInterval(intervalMinutes);
  const backedOff = Math.min(
    interval * 2 ** Math.min(failures, 16),
    Math.max(interval, MAX_BACKOFF_MINUTES),
  );
  const jittered = backedOff * (1 - JITTER + 2 * JITTER * random());
  const at = now + Math.max(MIN_INTERVAL_MINUTES, jittered) * MINUTE;
  return hold && hold.until > at ? afterHold(hold, random) : at;
}

/** A moment just after a hold ends, spread over two minutes so searches do not all fire at once. */
export function afterHold(hold: WatchHold, random: () => number): number {
  return hold.until + Math.round(random() * 2 * MINUTE);
}

/**
 * When to check a search whose alarm went missing (the browser restarted): its planned time if
 * still ahead, else soon, spread over a few minutes so overdue searches do not fire together.
 */
export function catchUpAt(
  now: number,
  plannedAt: number | undefined,
  random: () => number,
): number {
  const soon = now + MINUTE + Math.round(random() * 3 * MINUTE);
  return plannedAt !== undefined && plannedAt > now ? plannedAt : soon;
}

/** The hold a failure puts every watched search on, if it is divar pushing back. */
export function holdFor(error: ErrorInfo, now: number): WatchHold | undefined {
  if (error.kind === 'rate-limit') {
    const wait = Math.max(error.details?.retryAfterMs ?? 0, RATE_LIMIT_HOLD_MS);
    return { kind: 'rate-limit', since: now, until: now + wait };
  }
  if (error.kind === 'captcha')
    return { kind: 'captcha', since: now, until: now + CAPTCHA_HOLD_MS };
  return undefined;
}

/** Whether a failure means the search itself is bad (divar refused it with 400), not a bad moment. */
export function isBrokenBy(error: ErrorInfo): boolean {
  return (
    error.kind === 'bad-search-url' || (error.kind === 'http' && error.details?.status === 400)
  );
}

/** The alarm name of a watched search. */
export const alarmName = (id: string) => `${ALARM_PREFIX}${id}`;

/** The watched-search id of an alarm name, or undefined for someone else's alarm. */
export function watchIdOfAlarm(name: string): string | undefined {
  return name.startsWith(ALARM_PREFIX) ? name.slice(ALARM_PREFIX.length) || undefined : undefined;
}
