import { describe, expect, it } from 'vitest';
import type { AttemptEvent } from '@/lib/http/attempt-event';
import { createInFlightControl } from '@/lib/http/in-flight';

const ok = (ms: number): AttemptEvent => ({ at: 0, path: 'p', attempt: 1, ms, status: 200 });
const throttled: AttemptEvent = {
  at: 0,
  path: 'p',
  attempt: 1,
  ms: 5,
  status: 429,
  error: 'rate-limit',
  retryInMs: 1000,
};

/** Feeds `count` answers at `ms` and returns the limit after each. */
const feed = (control: ReturnType<typeof createInFlightControl>, count: number, ms = 400) =>
  Array.from({ length: count }, () => {
    control.observe(ok(ms));
    return control.limit();
  });

describe('AIMD in-flight limit', () => {
  it('starts at its floor, doubles per round until the first cut, then adds one per round', () => {
    const control = createInFlightControl({ min: 1, max: 6 });
    expect(control.limit()).toBe(1);
    expect(feed(control, 7)).toEqual([2, 2, 4, 4, 4, 4, 6]);
    control.observe(throttled);
    expect(control.limit()).toBe(3);
    // The cut's round passes (3 answers), then one more per round of 3, 4, 5.
    expect(feed(control, 3 + 3 + 4 + 5 + 6)).toEqual([
      ...[3, 3, 3],
      ...[3, 3, 4],
      ...[4, 4, 4, 5],
      ...[5, 5, 5, 5, 6],
      ...[6, 6, 6, 6, 6, 6],
    ]);
  });

  it('raiseTo starts at once at the number given (within the bounds), then grows by one a round', async () => {
    const control = createInFlightControl({ min: 1, max: 6 });
    const woken = control.raised();
    control.raiseTo(4);
    await woken;
    expect(control.limit()).toBe(4);
    // No slow start after it: one more per round of 4.
    expect(feed(control, 5)).toEqual([4, 4, 4, 5, 5]);
    control.raiseTo(3);
    expect(control.limit()).toBe(5);
    control.raiseTo(20);
    expect(control.limit()).toBe(6);
  });

  it('halves on a 429, once per round however many 429s the crowding brought', () => {
    const control = createInFlightControl({ min: 1, max: 6 });
    feed(control, 40);
    expect(control.limit()).toBe(6);
    control.observe(throttled);
    expect(control.limit()).toBe(3);
    control.observe(throttled);
    control.observe(throttled);
    expect(control.limit()).toBe(3);
    feed(control, 3); // the round after the cut passes
    control.observe(throttled);
    expect(control.limit()).toBe(1);
    control.observe(throttled);
    expect(control.limit()).toBe(1);
  });

  it('halves when latency grows (the server queues), not on a few ms of noise', () => {
    const control = createInFlightControl({ min: 1, max: 6 });
    feed(control, 40, 60);
    feed(control, 10, 60 + 40); // noise: under 50 ms more
    expect(control.limit()).toBe(6);
    feed(control, 2, 400);
    expect(control.limit()).toBe(3);
  });

  it('learns a lasting rise as the new steady latency and grows again from there', () => {
    const control = createInFlightControl({ min: 1, max: 6 });
    feed(control, 40, 60);
    const after = feed(control, 30, 400);
    expect(Math.min(...after)).toBe(3);
    expect(control.limit()).toBe(6);
  });

  it('tells a waiting scheduler when the limit rises, not when it falls', async () => {
    const control = createInFlightControl({ min: 1, max: 6 });
    let rises = 0;
    const watch = () => control.raised().then(() => void rises++);
    const first = watch();
    control.observe(throttled);
    await Promise.resolve();
    expect(rises).toBe(0);
    feed(control, 2);
    await first;
    expect(rises).toBe(1);
  });
});
