import { z } from 'zod';
import { lazySchema } from '../schema/lazy';

/** An hour, the portal's window for counting bad requests. */
export const HOUR_MS = 3_600_000;
/** Bad requests a job never plans past, even if a whole chunk were refused (10 kept in hand). */
export const KEEP_IN_HAND = 10;
/** A new chunk starts only while the hour's count is under this: well before the portal's line. */
export const STOP_AT = 50;

/** What the hour's error budget remembers: when each bad request was answered, and a block. */
export const budgetState = lazySchema(() =>
  z.object({
    bad: z.array(z.number()),
    /** Until when the portal refuses everything (after its error 12), ms since epoch. */
    blockedUntil: z.number().optional(),
  }),
);

/** The budget's saved state. */
export type BudgetState = z.infer<typeof budgetState>;

/** A budget with nothing spent. */
export const EMPTY_BUDGET: BudgetState = { bad: [] };

/** Bad requests answered in the hour before `now`. */
export function usedInHour(state: BudgetState, now: number): number {
  return state.bad.filter((at) => now - at < HOUR_MS).length;
}

/** The state with `count` bad requests answered at `now` (older than an hour forgotten). */
export function withBad(state: BudgetState, now: number, count: number): BudgetState {
  const bad = [...state.bad.filter((at) => now - at < HOUR_MS), ...Array(count).fill(now)];
  return { ...state, bad };
}

/** The state after the portal's refusal for the hour: nothing is sent until an hour from now. */
export function withBlock(state: BudgetState, now: number): BudgetState {
  return { ...state, blockedUntil: now + HOUR_MS };
}

/**
 * How many ops the next chunk may carry: none while blocked or once the hour's count reached
 * STOP_AT; else no more than would keep the count KEEP_IN_HAND under the portal's limit even if
 * every op were refused, and never more than the portal's chunk limit.
 */
export function chunkCapacity(
  state: BudgetState,
  now: number,
  limit: number,
  chunkLimit: number,
): number {
  if ((state.blockedUntil ?? 0) > now) return 0;
  const used = usedInHour(state, now);
  if (used >= STOP_AT) return 0;
  return Math.max(0, Math.min(chunkLimit, limit - KEEP_IN_HAND - used));
}

/** When sending can go on: the block's end, or when enough bad requests leave the hour. */
export function resumeTime(state: BudgetState, now: number): number {
  if ((state.blockedUntil ?? 0) > now) return state.blockedUntil ?? now;
  const recent = state.bad.filter((at) => now - at < HOUR_MS).sort((a, b) => a - b);
  const over = recent.length - STOP_AT;
  return over < 0 ? now : (recent[over] ?? now) + HOUR_MS;
}

/** What the UI shows: bad requests left this hour before the job stops, and until when. */
export function budgetView(state: BudgetState, now: number, limit: number) {
  const used = usedInHour(state, now);
  return {
    used,
    limit,
    stopAt: STOP_AT,
    left: Math.max(0, STOP_AT - used),
    blockedUntil: (state.blockedUntil ?? 0) > now ? state.blockedUntil : undefined,
    resumeAt: resumeTime(state, now),
  };
}

/** The budget's view. */
export type BudgetView = ReturnType<typeof budgetView>;
