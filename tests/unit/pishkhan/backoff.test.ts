import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { createFakeClock } from '@/lib/http/clock';
import {
  RATE_LIMIT_POLICY,
  type RateLimitWait,
  rateLimitWait,
  withRateLimitRetry,
} from '@/lib/pishkhan/backoff';

const limited = () => new AppError('pishkhan-rate-limit', 'Too many requests');

describe('waiting out 429', () => {
  it('grows exponentially with jitter, never below half, never above the cap', () => {
    const policy = { baseMs: 1000, capMs: 8000, retries: 9 };
    expect([0, 1, 2, 3, 4].map((a) => rateLimitWait(a, () => 0, policy))).toEqual([
      500, 1000, 2000, 4000, 4000,
    ]);
    expect([0, 1, 2, 3, 4].map((a) => rateLimitWait(a, () => 1, policy))).toEqual([
      1000, 2000, 4000, 8000, 8000,
    ]);
  });

  it('retries a 429 after the wait it announces, then returns the answer', async () => {
    const clock = createFakeClock();
    const waits: RateLimitWait[] = [];
    let calls = 0;
    const call = async () => {
      calls += 1;
      if (calls < 3) throw limited();
      return 'ok';
    };
    const result = withRateLimitRetry(call, {
      clock,
      random: () => 0.5,
      onWait: (wait) => waits.push(wait),
    });
    expect(await clock.run(result)).toBe('ok');
    expect(waits.map((w) => [w.ms, w.retry, w.retries, w.message])).toEqual([
      [2250, 1, 5, 'Too many requests'],
      [4500, 2, 5, 'Too many requests'],
    ]);
    expect(clock.now()).toBe(6750);
  });

  it('gives up after the policy’s retries with the last 429 (a storm)', async () => {
    const clock = createFakeClock();
    let calls = 0;
    const result = withRateLimitRetry(
      async () => {
        calls += 1;
        throw limited();
      },
      { clock, random: () => 1 },
    );
    await expect(clock.run(result)).rejects.toMatchObject({ kind: 'pishkhan-rate-limit' });
    expect(calls).toBe(RATE_LIMIT_POLICY.retries + 1);
    expect(clock.now()).toBe(3000 + 6000 + 12000 + 24000 + 48000);
  });

  it('stops waiting when the signal aborts, and passes other errors through at once', async () => {
    const clock = createFakeClock();
    const stop = new AbortController();
    const waiting = withRateLimitRetry(
      async () => {
        throw limited();
      },
      { clock, random: () => 0, signal: stop.signal, onWait: () => stop.abort('stopped') },
    );
    await expect(waiting).rejects.toBe('stopped');
    let calls = 0;
    const other = withRateLimitRetry(
      async () => {
        calls += 1;
        throw new AppError('pishkhan-forbidden', 'no');
      },
      { clock, random: () => 0 },
    );
    await expect(other).rejects.toMatchObject({ kind: 'pishkhan-forbidden' });
    expect(calls).toBe(1);
  });
});
