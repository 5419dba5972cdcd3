// The hour's error budget: counted in a sliding hour, chunks sized to stay clear of the limit.
import { describe, expect, it } from 'vitest';
import {
  budgetView,
  chunkCapacity,
  EMPTY_BUDGET,
  HOUR_MS,
  resumeTime,
  STOP_AT,
  usedInHour,
  withBad,
  withBlock,
} from '@/lib/portals/budget';

const T0 = 1_800_000_000_000;

describe('the error budget', () => {
  it('counts bad requests of the last hour only', () => {
    const state = withBad(withBad(EMPTY_BUDGET, T0, 3), T0 + HOUR_MS - 1, 2);
    expect(usedInHour(state, T0 + HOUR_MS - 1)).toBe(5);
    expect(usedInHour(state, T0 + HOUR_MS)).toBe(2);
  });

  it('sizes a chunk so that even a chunk refused whole keeps 10 under the limit', () => {
    expect(chunkCapacity(EMPTY_BUDGET, T0, 100, 100)).toBe(90);
    expect(chunkCapacity(withBad(EMPTY_BUDGET, T0, 30), T0, 100, 100)).toBe(60);
    expect(chunkCapacity(EMPTY_BUDGET, T0, 100, 20)).toBe(20);
  });

  it('starts no chunk once the hour holds STOP_AT, and says when it may go on', () => {
    const state = withBad(withBad(EMPTY_BUDGET, T0, 10), T0 + 60_000, STOP_AT - 10);
    expect(chunkCapacity(state, T0 + 120_000, 100, 100)).toBe(0);
    // One must leave the hour: the oldest, sent at T0.
    expect(resumeTime(state, T0 + 120_000)).toBe(T0 + HOUR_MS);
    expect(chunkCapacity(state, T0 + HOUR_MS, 100, 100)).toBe(50);
  });

  it('after error 12 sends nothing for an hour', () => {
    const blocked = withBlock(EMPTY_BUDGET, T0);
    expect(chunkCapacity(blocked, T0 + 1000, 100, 100)).toBe(0);
    expect(resumeTime(blocked, T0 + 1000)).toBe(T0 + HOUR_MS);
    expect(budgetView(blocked, T0, 100)).toMatchObject({
      used: 0,
      left: STOP_AT,
      blockedUntil: T0 + HOUR_MS,
    });
    expect(chunkCapacity(blocked, T0 + HOUR_MS, 100, 100)).toBe(90);
  });
});
