import { describe, expect, it } from 'vitest';
import {
  afterHold,
  alarmName,
  CAPTCHA_HOLD_MS,
  catchUpAt,
  clampInterval,
  DEFAULT_INTERVAL_MINUTES,
  holdFor,
  isBrokenBy,
  MAX_BACKOFF_MINUTES,
  MIN_INTERVAL_MINUTES,
  nextCheckAt,
  RATE_LIMIT_HOLD_MS,
  watchIdOfAlarm,
} from '@/lib/watch/schedule';

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 8, 22, 9);
const fixed = (value: number) => () => value;

describe('clampInterval', () => {
  it.each([
    [15, 15],
    [0, MIN_INTERVAL_MINUTES],
    [0.4, MIN_INTERVAL_MINUTES],
    [-5, MIN_INTERVAL_MINUTES],
    [2.6, 3],
    [10_000, 24 * 60],
    [Number.NaN, DEFAULT_INTERVAL_MINUTES],
  ])('%s minutes → %s', (given, expected) => {
    expect(clampInterval(given)).toBe(expected);
  });
});

describe('nextCheckAt', () => {
  it('is one interval ahead, jittered by at most ±10%', () => {
    expect(nextCheckAt(NOW, 15, fixed(0.5))).toBe(NOW + 15 * MINUTE);
    expect(nextCheckAt(NOW, 15, fixed(0))).toBe(NOW + 13.5 * MINUTE);
    expect(nextCheckAt(NOW, 15, fixed(1))).toBe(NOW + 16.5 * MINUTE);
  });

  it('spreads checks: a thousand random draws all land in the jitter window, not on one instant', () => {
    const times = Array.from({ length: 1000 }, () => nextCheckAt(NOW, 10, Math.random));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW + 9 * MINUTE);
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW + 11 * MINUTE);
    expect(new Set(times).size).toBeGreaterThan(900);
  });

  it('never goes below the minimum interval, even jittered down', () => {
    expect(nextCheckAt(NOW, 1, fixed(0))).toBe(NOW + MIN_INTERVAL_MINUTES * MINUTE);
  });

  it('doubles per consecutive failure, up to the backoff ceiling', () => {
    expect(nextCheckAt(NOW, 15, fixed(0.5), 1)).toBe(NOW + 30 * MINUTE);
    expect(nextCheckAt(NOW, 15, fixed(0.5), 3)).toBe(NOW + 120 * MINUTE);
    expect(nextCheckAt(NOW, 15, fixed(0.5), 40)).toBe(NOW + MAX_BACKOFF_MINUTES * MINUTE);
    // A daily search is not made more frequent by the ceiling.
    expect(nextCheckAt(NOW, 24 * 60, fixed(0.5), 2)).toBe(NOW + 24 * 60 * MINUTE);
  });

  it('waits for a hold to end, then spreads over two minutes', () => {
    const hold = { kind: 'rate-limit' as const, since: NOW, until: NOW + 60 * MINUTE };
    expect(nextCheckAt(NOW, 15, fixed(0.5), 0, hold)).toBe(hold.until + MINUTE);
    expect(afterHold(hold, fixed(0))).toBe(hold.until);
    expect(afterHold(hold, fixed(1))).toBe(hold.until + 2 * MINUTE);
    // A hold that ends before the next check changes nothing.
    const short = { ...hold, until: NOW + MINUTE };
    expect(nextCheckAt(NOW, 15, fixed(0.5), 0, short)).toBe(NOW + 15 * MINUTE);
  });
});

describe('catchUpAt (an alarm lost over a browser restart)', () => {
  it('keeps a planned time still ahead', () => {
    expect(catchUpAt(NOW, NOW + 7 * MINUTE, fixed(0.5))).toBe(NOW + 7 * MINUTE);
  });
  it('checks an overdue search soon, spread over one to four minutes', () => {
    expect(catchUpAt(NOW, NOW - 60 * MINUTE, fixed(0))).toBe(NOW + MINUTE);
    expect(catchUpAt(NOW, undefined, fixed(1))).toBe(NOW + 4 * MINUTE);
  });
});

describe('holdFor and isBrokenBy', () => {
  it('holds at least ten minutes on 429, longer when Retry-After says so', () => {
    expect(holdFor({ kind: 'rate-limit', message: '' }, NOW)).toEqual({
      kind: 'rate-limit',
      since: NOW,
      until: NOW + RATE_LIMIT_HOLD_MS,
    });
    const long = holdFor(
      { kind: 'rate-limit', message: '', details: { retryAfterMs: 3_600_000 } },
      NOW,
    );
    expect(long?.until).toBe(NOW + 3_600_000);
  });
  it('holds half an hour on a captcha', () => {
    expect(holdFor({ kind: 'captcha', message: '' }, NOW)?.until).toBe(NOW + CAPTCHA_HOLD_MS);
  });
  it.each(['network', 'timeout', 'schema', 'http'] as const)('does not hold on %s', (kind) => {
    expect(holdFor({ kind, message: '' }, NOW)).toBeUndefined();
  });
  it('breaks a search on a bad URL or a 400, not on a 5xx', () => {
    expect(isBrokenBy({ kind: 'bad-search-url', message: '' })).toBe(true);
    expect(isBrokenBy({ kind: 'http', message: '', details: { status: 400 } })).toBe(true);
    expect(isBrokenBy({ kind: 'http', message: '', details: { status: 503 } })).toBe(false);
    expect(isBrokenBy({ kind: 'rate-limit', message: '' })).toBe(false);
  });
});

describe('alarm names', () => {
  it('round-trip a watch id and ignore other alarms', () => {
    expect(watchIdOfAlarm(alarmName('abc-123'))).toBe('abc-123');
    expect(watchIdOfAlarm('job:abc')).toBeUndefined();
    expect(watchIdOfAlarm('watch:')).toBeUndefined();
  });
});
