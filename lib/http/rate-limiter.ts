import type { Clock } from './clock';

/** Settings of a per-host token bucket whose rate adapts to the server (AIMD). */
export interface RateLimiterOptions {
  /** Starting and ceiling rate, requests per second. */
  ratePerSecond: number;
  /** Floor the rate never drops below when throttled. */
  minRatePerSecond?: number;
  /** Tokens that may be spent at once after a quiet spell. */
  burst?: number;
  /** Rate regained per successful request (additive increase), requests per second. */
  increasePerSuccess?: number;
  /** Fraction the rate is cut to on a 429 (multiplicative decrease). */
  decreaseFactor?: number;
  /** Extra random wait, as a fraction of the interval, so requests do not tick like a metronome. */
  jitter?: number;
}

/** A token bucket that paces requests to one host and slows down when the host pushes back. */
export interface RateLimiter {
  /** Waits until a request may go out. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** The host answered 429: cut the rate and empty the bucket. */
  onThrottled(): void;
  /** A request succeeded: recover the rate a little. */
  onSuccess(): void;
  /** The current rate, requests per second. */
  rate(): number;
  /** Changes the ceiling (the user changed the politeness setting); the rate follows at once. */
  setCeiling(ratePerSecond: number): void;
}

/** Builds a RateLimiter over an injected clock and random source. */
export function createRateLimiter(
  options: RateLimiterOptions,
  clock: Clock,
  random: () => number,
): RateLimiter {
  let ceiling = options.ratePerSecond;
  const floor = options.minRatePerSecond ?? Math.min(ceiling, 0.05);
  const burst = options.burst ?? 1;
  const increase = options.increasePerSuccess ?? ceiling / 50;
  const decrease = options.decreaseFactor ?? 0.5;
  const jitter = options.jitter ?? 0;
  let rate = ceiling;
  let tokens = burst;
  let updatedAt = clock.now();
  let queue: Promise<void> = Promise.resolve();
  const refill = () => {
    const now = clock.now();
    tokens = Math.min(burst, tokens + ((now - updatedAt) / 1000) * rate);
    updatedAt = now;
  };
  const takeToken = async (signal?: AbortSignal) => {
    refill();
    while (tokens < 1) {
      const waitMs = ((1 - tokens) / rate) * 1000 * (1 + jitter * random());
      await clock.sleep(Math.ceil(waitMs), signal);
      refill();
    }
    tokens -= 1;
  };
  return {
    acquire(signal) {
      // One waiter at a time, so the bucket is never overdrawn by concurrent callers.
      const turn = queue.then(() => takeToken(signal));
      queue = turn.catch(() => undefined);
      return turn;
    },
    onThrottled() {
      rate = Math.max(floor, rate * decrease);
      tokens = Math.min(tokens, 0);
      updatedAt = clock.now();
    },
    onSuccess() {
      rate = Math.min(ceiling, rate + increase);
    },
    rate: () => rate,
    setCeiling(next) {
      ceiling = next;
      rate = Math.min(rate, ceiling);
    },
  };
}
