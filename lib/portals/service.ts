import { AppError } from '../errors';
import type { PortalAccount, PortalStore } from './account-store';
import { budgetView, chunkCapacity } from './budget';
import type { PushChoices } from './choices';
import { accountKeyOf, type PortalConnector } from './connector';
import { HOURLY_BAD_REQUESTS } from './ingatlanok/endpoints';
import type { PortalListing } from './listing';
import type { SyncManager } from './manager';
import { afterLookup, itemsOf, nextChunk } from './plan';
import type { SyncStore } from './store';
import type { SyncJob } from './types';

/** What the portal service is built from; tests pass fakes. */
export interface PortalServiceDeps {
  now(): number;
  portalStore: PortalStore;
  connector: PortalConnector;
  syncStore: Promise<SyncStore>;
  manager: Promise<SyncManager>;
}

/** What a page may know of the account: everything but the password. */
export function publicAccount(account: PortalAccount | undefined) {
  if (!account) return undefined;
  const { password: _, ...rest } = account;
  return { ...rest, hasPassword: true };
}

/** The partner-portal service of the background: account, lists, previews, pushes. */
export function createPortalService(deps: PortalServiceDeps) {
  const { portalStore } = deps;
  const { account, clientOf, adapterOf } = deps.connector;
  const mapped = async (listings: PortalListing[], choices: PushChoices) => {
    const a = await account();
    const adapter = adapterOf(a);
    await portalStore.saveAccount({ ...a, choices });
    const results = listings.map((l) => ({
      ...adapter.map(l, choices),
      title: l.title,
      key: adapter.keyOf(l.token),
    }));
    const store = await deps.syncStore;
    const prefix = `${accountKeyOf(a)}|`;
    const previous = await store.records(results.map((r) => prefix + r.key));
    const byKey = new Map(previous.map((r) => [r.id.slice(prefix.length), r]));
    return { a, adapter, results, items: itemsOf(results, byKey) };
  };
  const status = async () => {
    const a = await portalStore.account();
    const env = a?.environment ?? 'sandbox';
    return {
      account: publicAccount(a),
      budget: budgetView(await portalStore.budget(env), deps.now(), HOURLY_BAD_REQUESTS),
    };
  };

  return {
    status,
    /** Saves the account; a new password replaces the old, an absent one keeps it. */
    async saveAccount(change: Partial<PortalAccount>) {
      const old = await portalStore.account();
      const next = { environment: 'sandbox' as const, ...old, ...change } as PortalAccount;
      if (!next.user || !next.password)
        throw new AppError('portal-no-account', 'user and password');
      // A new system or user has other offices and sellers: choose again.
      if (old && (old.environment !== next.environment || old.user !== next.user)) {
        if (change.officeId === undefined) delete next.officeId;
        if (change.sellerId === undefined) delete next.sellerId;
      }
      await portalStore.saveAccount(next);
      return status();
    },
    async removeAccount() {
      await portalStore.removeAccount();
      return status();
    },
    /** Tests the account: the offices and sellers it can see (two GETs). */
    async test() {
      const client = clientOf(await account());
      const [offices, sellers] = [await client.offices(), await client.sellers()];
      return { offices, sellers };
    },
    /** The portal's regions, to choose the region of each divar city. */
    regions: async () => clientOf(await account()).regions(),
    /** How each listing maps (no network): the object or the fields to fill, and what is left out. */
    async preview(listings: PortalListing[], choices: PushChoices) {
      const { results, items } = await mapped(listings, choices);
      return results.map((r, i) => ({ ...r, key: r.key, state: items[i]?.state ?? 'invalid' }));
    },
    /** The exact batch bodies a push would send now (asks the portal which ids exist first). */
    async dryRun(listings: PortalListing[], choices: PushChoices) {
      const { a, adapter, items } = await mapped(listings, choices);
      const existing = await adapter.existing();
      let job = afterLookup({ items, needsLookup: true } as SyncJob, existing);
      const capacity = chunkCapacity(
        await portalStore.budget(a.environment),
        deps.now(),
        adapter.hourlyBadRequests,
        adapter.chunkLimit,
      );
      const batches: unknown[] = [];
      while (capacity > 0) {
        const ops = nextChunk(job, capacity);
        if (ops.length === 0) break;
        batches.push(adapter.bodyOf(ops));
        const sent = new Set(ops.map((op) => op.key));
        job = {
          ...job,
          items: job.items.map((it) => (sent.has(it.key) ? { ...it, state: 'synced' } : it)),
        };
      }
      return { batches, capacity };
    },
    /** Starts pushing: the job is saved, then runs until done, stopped or paused. */
    async push(listings: PortalListing[], choices: PushChoices) {
      const { a, items } = await mapped(listings, choices);
      return (await deps.manager).start({
        portal: 'ingatlanok',
        accountKey: accountKeyOf(a),
        items,
      });
    },
    /** Removes one listing from the portal: only on the user's confirmed request. */
    async remove(token: string) {
      const a = await account();
      const adapter = adapterOf(a);
      await clientOf(a).deleteProperty({
        transferId: adapter.keyOf(token),
        officeId: a.officeId ?? 0,
      });
      return { removed: true as const };
    },
    job: async (id: string) => (await (await deps.syncStore).getJob(id)) ?? null,
    jobs: async () => (await (await deps.syncStore).listJobs()).map(({ items: _, ...job }) => job),
  };
}

/** The service createPortalService builds. */
export type PortalService = ReturnType<typeof createPortalService>;
