import { z } from 'zod';
import { DEFAULT_DAILY_CONTACTS } from '../divar/contact-budget';
import { lazySchema } from '../schema/lazy';

/** The slice of WXT storage settings need. */
export interface SyncStorage {
  getItem<T>(key: `sync:${string}`): Promise<T | null>;
  setItem<T>(key: `sync:${string}`, value: T): Promise<void>;
}

/** How hard Divar Actions may press on divar's API; changing it shows a warning in options. */
export const politenessSchema = lazySchema(() =>
  z.object({
    /** Requests per second to api.divar.ir, shared by every job (jittered, lowered on 429). */
    ratePerSecond: z.number().min(0.1).max(5).default(1),
    /** Contact-number lookups per day. */
    dailyContacts: z.number().int().min(1).max(50).default(DEFAULT_DAILY_CONTACTS),
  }),
);

/** Politeness settings. */
export type Politeness = z.infer<typeof politenessSchema>;

/** Where the politeness settings live (synced across the user's browsers). */
export const POLITENESS_KEY = 'sync:politeness:v1' as const;
const KEY = POLITENESS_KEY;

/** The saved politeness settings, or the conservative defaults when none (or garbage) are stored. */
export async function loadPoliteness(storage: SyncStorage): Promise<Politeness> {
  const parsed = politenessSchema.safeParse((await storage.getItem<unknown>(KEY)) ?? {});
  return parsed.success ? parsed.data : politenessSchema.parse({});
}

/** Saves politeness settings after checking them. */
export async function savePoliteness(storage: SyncStorage, value: Politeness): Promise<void> {
  await storage.setItem(KEY, politenessSchema.parse(value));
}
