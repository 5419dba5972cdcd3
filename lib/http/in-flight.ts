import type { AttemptEvent } from './attempt-event';

/** Bounds and tuning of how many requests a job keeps in flight at once. */
export interface InFlightOptions {
  /** Fewest requests in flight (also the start). */
  min: number;
  /** Most requests in flight, whatever the server does. */
  max: number;
  /** Latency this many times the steady one counts as growth (the server is queueing). */
  growthFactor?: number;
  /** ...and at least this many ms above it, so a few ms of noise on a fast server do not count. */
  growthMs?: number;
}

/** The bounds a crawl's shard cursors run within: one at first, at most six. */
export const SHARDS_IN_FLIGHT: InFlightOptions = { min: 1, max: 6 };

/** How many requests may be in flight now, moved by what each attempt came to (AIMD). */
export interface InFlightControl {
  /** Requests that may be in flight now, within the bounds. */
  limit(): number;
  /** One attempt's outcome: a 429 or growing latency halves it, a steady round adds to it. */
  observe(event: AttemptEvent): void;
  /** Resolves the next time the limit rises (so a waiting scheduler can start more at once). */
  raised(): Promise<void>;
  /**
   * Starts at `n` at once (within the bounds) when the rate budget and a measured latency say how
   * many fill it, instead of ramping up from the floor; ends slow start. Never lowers the limit.
   */
  raiseTo(n: number): void;
}

/**
 * Builds an AIMD in-flight limit: additive increase (one more per round of answers at steady
 * latency and no 429; doubled per round only at the start, until the first decrease, like TCP's
 * slow start), multiplicative decrease (halved on a 429 or on latency growth), at most one
 * decrease per round so a burst of answers to the same crowding counts once. The requests/s
 * ceiling is not its business: the shared rate limiter still paces every request.
 */
export function createInFlightControl(options: InFlightOptions): InFlightControl {
  const { min, max } = options;
  const growthFactor = options.growthFactor ?? 1.5;
  const growthMs = options.growthMs ?? 50;
  let limit = min;
  let steady: number | undefined; // the server's own latency: the lowest since the last rise
  let smooth: number | undefined;
  let credit = 0; // answers at steady latency since the limit last moved
  let hold = 0; // answers to let pass after a cut before judging again
  let isStarting = true; // slow start: double per round until the first cut
  const cut = () => {
    isStarting = false;
    limit = Math.max(min, Math.floor(limit / 2));
    credit = 0;
    hold = limit;
  };
  const wake: (() => void)[] = [];
  const wakeAll = () => {
    for (const resolve of wake.splice(0)) resolve();
  };
  const isThrottled = (e: AttemptEvent) => e.status === 429 || e.error === 'rate-limit';
  return {
    limit: () => limit,
    raised: () => new Promise<void>((resolve) => wake.push(resolve)),
    raiseTo(n) {
      isStarting = false;
      if (Math.min(max, Math.floor(n)) <= limit) return;
      limit = Math.min(max, Math.floor(n));
      credit = 0;
      wakeAll();
    },
    observe(event) {
      if (isThrottled(event)) {
        if (hold <= 0) cut();
        return;
      }
      if (event.error || event.retryInMs !== undefined) return; // not a latency sample
      steady = Math.min(steady ?? event.ms, event.ms);
      smooth = smooth === undefined ? event.ms : smooth * 0.7 + event.ms * 0.3;
      if (hold > 0) {
        hold -= 1;
        return;
      }
      if (smooth > steady * growthFactor && smooth - steady > growthMs) {
        cut();
        // Learn the level afresh: a passing spike is forgotten, a lasting rise costs one cut.
        steady = undefined;
        smooth = undefined;
        return;
      }
      credit += 1;
      if (credit >= limit) {
        limit = Math.min(max, isStarting ? limit * 2 : limit + 1);
        credit = 0;
        wakeAll();
      }
    },
  };
}
