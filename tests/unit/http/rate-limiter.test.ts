import { describe, expect, it } from 'vitest';
import { fullJitterDelay, parseRetryAfter } from '@/lib/http/backoff';
import { createFakeClock } from '@/lib/http/clock';
import { createRateLimiter } from '@/lib/http/rate-limiter';

async function timesOf(count: number, rate = 4, jitter = 0) {
  const clock = createFakeClock();
  const limiter = createRateLimiter({ ratePerSecond: rate, burst: 1, jitter }, clock, () => 1);
  const times: number[] = [];
  await clock.run(
    Promise.all(
      Array.from({ length: count }, () => limiter.acquire().then(() => times.push(clock.now()))),
    ),
  );
  return { times, limiter, clock };
}

describe('rate limiter', () => {
  it('spaces concurrent callers at the configured rate', async () => {
    expect((await timesOf(5)).times).toEqual([0, 250, 500, 750, 1000]);
  });

  it('adds jitter so requests do not tick like a metronome', async () => {
    expect((await timesOf(3, 4, 0.5)).times).toEqual([0, 375, 750]);
  });

  it('halves on 429 down to a floor, and recovers additively on success', async () => {
    const clock = createFakeClock();
    const limiter = createRateLimiter(
      { ratePerSecond: 2, minRatePerSecond: 0.3, increasePerSuccess: 0.1 },
      clock,
      Math.random,
    );
    limiter.onThrottled();
    expect(limiter.rate()).toBe(1);
    for (let i = 0; i < 5; i++) limiter.onThrottled();
    expect(limiter.rate()).toBe(0.3);
    for (let i = 0; i < 7; i++) limiter.onSuccess();
    expect(limiter.rate()).toBeCloseTo(1);
    for (let i = 0; i < 100; i++) limiter.onSuccess();
    expect(limiter.rate()).toBe(2);
  });

  it('lets a waiting caller give up', async () => {
    const clock = createFakeClock();
    const limiter = createRateLimiter({ ratePerSecond: 1 }, clock, () => 0);
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
    await clock.run(limiter.acquire()); // the bucket still works after a cancelled waiter
  });
});

describe('backoff', () => {
  it('grows exponentially to a cap, scaled by the random draw', () => {
    const options = { baseDelayMs: 100, maxDelayMs: 1000 };
    expect([0, 1, 2, 3, 4, 5].map((n) => fullJitterDelay(n, options, () => 1))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
    expect(fullJitterDelay(3, options, () => 0.5)).toBe(400);
    expect(fullJitterDelay(3, options, () => 0)).toBe(0);
  });

  it('reads Retry-After as seconds or a date', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBe(0);
  });
});
