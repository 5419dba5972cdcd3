/**
 * What a portal keeps in `storage.local` (never synced, never sent to a content script): the
 * account (admin user name, JSON password, sandbox or production, office, seller, the user's
 * push choices) and the hour's error budget of each system. Every value is zod-checked on read.
 */
import { z } from 'zod';
import type { LocalArea } from '../kenar/store';
import { lazySchema } from '../schema/lazy';
import { type BudgetState, budgetState, EMPTY_BUDGET, withBad, withBlock } from './budget';
import { pushChoices } from './choices';
import type { PortalEnvironment } from './ingatlanok/endpoints';

const accountSchema = lazySchema(() =>
  z.object({
    user: z.string().min(1).max(200),
    password: z.string().min(1).max(512),
    environment: z.enum(['sandbox', 'production']),
    officeId: z.number().int().positive().optional(),
    sellerId: z.number().int().positive().optional(),
    choices: pushChoices.optional(),
  }),
);

/** A portal account as stored (the password never leaves the background). */
export type PortalAccount = z.infer<typeof accountSchema>;

const KEYS = {
  account: 'local:portals:ingatlanok:account:v1',
  budget: 'local:portals:ingatlanok:budget:v1',
} as const;

const budgets = lazySchema(() => z.record(z.string(), budgetState));

async function read<T>(area: LocalArea, key: `local:${string}`, schema: z.ZodType<T>, empty: T) {
  const parsed = schema.safeParse(await area.getItem<unknown>(key));
  return parsed.success ? parsed.data : empty;
}

/** Builds the portal store over a storage area. */
export function createPortalStore(area: LocalArea) {
  const allBudgets = () => read(area, KEYS.budget, budgets, {});
  const change = async (env: PortalEnvironment, next: (b: BudgetState) => BudgetState) => {
    const all = await allBudgets();
    await area.setItem(KEYS.budget, { ...all, [env]: next(all[env] ?? EMPTY_BUDGET) });
  };
  return {
    account: () => read(area, KEYS.account, accountSchema.optional(), undefined),
    saveAccount: (account: PortalAccount) => area.setItem(KEYS.account, account),
    removeAccount: () => area.removeItem(KEYS.account),
    budget: async (env: PortalEnvironment) => (await allBudgets())[env] ?? EMPTY_BUDGET,
    addBad: (env: PortalEnvironment, now: number, count: number) =>
      change(env, (b) => withBad(b, now, count)),
    block: (env: PortalEnvironment, now: number) => change(env, (b) => withBlock(b, now)),
  };
}

/** The store's type. */
export type PortalStore = ReturnType<typeof createPortalStore>;
