import { z } from 'zod';
import { AppError } from '../errors';
import { lazySchema } from '../schema/lazy';

/** The slice of WXT storage the budget needs. */
export interface LocalStorage {
  getItem<T>(key: `local:${string}`): Promise<T | null>;
  setItem<T>(key: `local:${string}`, value: T): Promise<void>;
}

const KEY = 'local:contactBudget:v1' as const;
const stored = lazySchema(() =>
  z.object({ day: z.string(), used: z.number().int().nonnegative() }),
);

/** Contact lookups allowed per day by default: divar re-verifies accounts after about 20. */
export const DEFAULT_DAILY_CONTACTS = 10;

/** The calendar day in Tehran (UTC+3:30), which is when divar's daily limits turn over. */
export function tehranDay(now: number): string {
  return new Date(now + 3.5 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Counts contact-number lookups per Tehran day against a cap, so a lookup past the cap is refused
 * before anything is sent to divar; failed lookups are not counted.
 */
export function createContactBudget(
  storage: LocalStorage,
  now: () => number,
  cap: () => Promise<number>,
) {
  const read = async () => {
    const parsed = stored.safeParse(await storage.getItem<unknown>(KEY));
    const today = tehranDay(now());
    return parsed.success && parsed.data.day === today ? parsed.data : { day: today, used: 0 };
  };
  return {
    async status() {
      return { usedToday: (await read()).used, dailyCap: await cap() };
    },
    /** Throws before a lookup when today's cap is already used up. */
    async check() {
      const [current, limit] = [await read(), await cap()];
      if (current.used >= limit)
        throw new AppError('contact-cap', `daily contact cap of ${limit} reached`);
    },
    /** Counts one successful lookup. */
    async spend() {
      const [current, limit] = [await read(), await cap()];
      await storage.setItem(KEY, { day: current.day, used: current.used + 1 });
      return { usedToday: current.used + 1, dailyCap: limit };
    },
  };
}
