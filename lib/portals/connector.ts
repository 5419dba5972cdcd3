import { AppError } from '../errors';
import type { PortalAccount, PortalStore } from './account-store';
import type { PortalAdapter } from './adapter';
import { createIngatlanokAdapter } from './ingatlanok/adapter';
import { createIngatlanokClient } from './ingatlanok/client';
import { INGATLANOK_BASE } from './ingatlanok/endpoints';
import type { SyncJob } from './types';

/** What reaching the portal needs: fetch, the clock, the store and the browser's permissions. */
export interface ConnectorDeps {
  fetch: typeof fetch;
  now(): number;
  portalStore: PortalStore;
  /** Whether the browser lets the extension reach this origin (an optional host permission). */
  hasOrigin(origin: string): Promise<boolean>;
}

/** The key a job's items are recorded under: system, user and office. */
export const accountKeyOf = (a: PortalAccount) => `${a.environment}:${a.user}:${a.officeId ?? 0}`;

/**
 * The saved account, checked (present, and its host allowed), and the client and adapter built
 * from it; every 4xx the client sees is counted in that system's error budget.
 */
export function createPortalConnector(deps: ConnectorDeps) {
  const { portalStore } = deps;
  const account = async (): Promise<PortalAccount> => {
    const found = await portalStore.account();
    if (!found) throw new AppError('portal-no-account', 'no portal account');
    const origin = new URL(INGATLANOK_BASE[found.environment]).origin;
    if (!(await deps.hasOrigin(`${origin}/*`)))
      throw new AppError('portal-permission', `no permission for ${origin}`);
    return found;
  };
  const clientOf = (a: PortalAccount) =>
    createIngatlanokClient({
      fetch: deps.fetch,
      credentials: async () => a,
      onBadRequests: (count) => portalStore.addBad(a.environment, deps.now(), count),
    });
  const adapterOf = (a: PortalAccount): PortalAdapter => {
    if (!a.officeId) throw new AppError('portal-no-account', 'no office chosen');
    return createIngatlanokAdapter(clientOf(a), { officeId: a.officeId, sellerId: a.sellerId });
  };
  return {
    account,
    clientOf,
    adapterOf,
    /** The adapter of a job's account (still the account the job started with). */
    async adapterFor(job: SyncJob) {
      const a = await account();
      if (accountKeyOf(a) !== job.accountKey)
        throw new AppError('portal-no-account', 'the account changed since this push started');
      return adapterOf(a);
    },
    /** The error budget of the saved account's system. */
    budget: async () => portalStore.budget((await portalStore.account())?.environment ?? 'sandbox'),
    /** Saves the portal's refusal for the hour (error 12) on the saved account's system. */
    block: async () =>
      portalStore.block((await portalStore.account())?.environment ?? 'sandbox', deps.now()),
  };
}

/** The connector createPortalConnector builds. */
export type PortalConnector = ReturnType<typeof createPortalConnector>;
