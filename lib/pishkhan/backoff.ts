/**
 * Waiting out Bazaar's 429. The page documents no rate and no Retry-After, so waits grow
 * exponentially with jitter up to a cap, for a few tries, and each wait is told to the caller
 * (the UI shows a countdown and can stop waiting); then the last 429 is thrown.
 */
import { AppError } from '../errors';
import type { Clock } from '../http/clock';

/** How 429s are waited out. */
export interface RateLimitPolicy {
  baseMs: number;
  capMs: number;
  /** Retries after the first 429 (so `retries + 1` tries in all). */
  retries: number;
}

// A careful public client waits 30 s × attempt, 5 tries (NOTES, "Known traps"): about as patient.
/** The policy the extension uses: about 3, 6, 12, 24, 48 s. */
export const RATE_LIMIT_POLICY: RateLimitPolicy = { baseMs: 3_000, capMs: 60_000, retries: 5 };

/** The wait before retry `attempt` (0-based): half fixed, half random, of min(cap, base·2^attempt). */
export function rateLimitWait(attempt: number, random: () => number, policy = RATE_LIMIT_POLICY) {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** One wait, as the UI is told about it. */
export interface RateLimitWait {
  ms: number;
  /** 1-based retry about to happen, of `retries`. */
  retry: number;
  retries: number;
  /** Bazaar's own message with the 429. */
  message: string;
}

/** What withRateLimitRetry needs. */
export interface RetryDeps {
  clock: Clock;
  random: () => number;
  onWait?(wait: RateLimitWait): void;
  signal?: AbortSignal;
  policy?: RateLimitPolicy;
}

/** Runs `call`, waiting out each `pishkhan-rate-limit` as the policy says; other errors pass. */
export async function withRateLimitRetry<T>(call: () => Promise<T>, deps: RetryDeps): Promise<T> {
  const policy = deps.policy ?? RATE_LIMIT_POLICY;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const limited = error instanceof AppError && error.kind === 'pishkhan-rate-limit';
      if (!limited || attempt >= policy.retries) throw error;
      const ms = rateLimitWait(attempt, deps.random, policy);
      deps.onWait?.({ ms, retry: attempt + 1, retries: policy.retries, message: error.message });
      await deps.clock.sleep(ms, deps.signal);
    }
  }
}
