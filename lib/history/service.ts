import type { Listing } from '../divar/listing/types';
import type { Amounts } from '../watch/types';
import { observedOf } from './from-listing';
import { type EstimateStorage, guardQuota, type QuotaState } from './quota';
import { currentFacts } from './record';
import type { HistorySettings } from './settings';
import type { HistoryStore } from './store';
import { type CardNote, cardNote, findRepost, type PostHistory, postHistory } from './summary';
import type { HistorySource, ObservedListing, RemovedWhy } from './types';

/** What the history service is built from (fakes in tests). */
export interface HistoryServiceDeps {
  store: Promise<HistoryStore>;
  settings: HistorySettings;
  estimate: EstimateStorage;
  now(): number;
  log(...args: unknown[]): void;
}

/** Checks the quota after this many recorded batches (and after a quota error at once). */
const QUOTA_EVERY = 50;

const isQuotaError = (error: unknown) =>
  error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);

/**
 * The background's listing history: records what crawls, watches, details and divar's own cards
 * showed (one writer at a time), guards the quota, and answers the page's and results' questions.
 * Recording never throws into the work that fed it: a failure is logged and that batch skipped.
 */
export function createHistoryService(deps: HistoryServiceDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  let batches = 0;
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = queue.then(work);
    queue = turn.catch(() => undefined);
    return turn;
  };
  const checkQuota = async (): Promise<QuotaState> => {
    const state = await guardQuota(await deps.store, deps.estimate, deps.now());
    if (state.level !== 'ok') deps.log('Divar Actions: history near the storage quota', state);
    await deps.settings.saveQuota(state);
    return state;
  };
  const write = (observed: ObservedListing[], source: HistorySource) =>
    serial(async () => {
      if (observed.length === 0) return 0;
      const store = await deps.store;
      try {
        const changed = await store.record(observed, source, deps.now());
        if (++batches % QUOTA_EVERY === 0) await checkQuota();
        return changed;
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        // Full: prune (removed listings first), then try this batch once more.
        await checkQuota();
        return store.record(observed, source, deps.now());
      }
    }).catch((error: unknown) => {
      deps.log('Divar Actions: history not recorded', error);
      return 0;
    });
  const postsOf = async (tokens: string[]): Promise<PostHistory[]> => {
    const store = await deps.store;
    const found = [...(await store.get(tokens)).values()];
    const same = await store.sameKeys(found.flatMap((h) => (h.repostKey ? [h.repostKey] : [])));
    return found.map((history) => {
      const others = history.repostKey ? (same.get(history.repostKey) ?? []) : [];
      return postHistory(history, deps.now(), findRepost(history, others));
    });
  };
  return {
    /** Records listings a crawl, watch or details fetch read. */
    record: (listings: Listing[], source: Exclude<HistorySource, 'card'>) =>
      write(listings.map(observedOf), source),
    /** Records cards a divar page showed, unless the user turned passive recording off. */
    async recordCards(observed: ObservedListing[]): Promise<number> {
      // A card without a title is no sight of a listing (a 404 page shows none): not recorded,
      // so it can never clear a listing's removed mark.
      const cards = observed.filter((o) => o.facts.title);
      return (await deps.settings.passive()) ? write(cards, 'card') : 0;
    },
    /** Marks tokens gone from divar (a failure is logged, never thrown into the caller). */
    markRemoved: (tokens: string[], why: RemovedWhy) =>
      serial(async () => (await deps.store).markRemoved(tokens, why, deps.now())).catch(
        (error: unknown) => {
          deps.log('Divar Actions: history not marked', error);
          return 0;
        },
      ),
    /** The post page's history card, or undefined for a token never seen. */
    postHistory: async (token: string) => (await postsOf([token]))[0],
    /** The badge facts of the tokens that have something to say. */
    async cardNotes(tokens: string[]): Promise<Record<string, CardNote>> {
      const out: Record<string, CardNote> = {};
      for (const post of await postsOf(tokens)) {
        const note = cardNote(post);
        if (note) out[post.token] = note;
      }
      return out;
    },
    /** The latest amounts the history knows of each token (a watch's "seen anywhere"). */
    async amounts(tokens: string[]): Promise<Map<string, Amounts>> {
      const found = await (await deps.store).get(tokens);
      const out = new Map<string, Amounts>();
      for (const [token, history] of found) {
        const { price, deposit, rent } = currentFacts(history);
        out.set(token, {
          ...(price ? { price } : {}),
          ...(deposit ? { deposit } : {}),
          ...(rent ? { monthlyRent: rent } : {}),
        });
      }
      return out;
    },
    async status() {
      const store = await deps.store;
      return {
        tokens: await store.count(),
        passive: await deps.settings.passive(),
        quota: (await deps.settings.quota()) ?? null,
      };
    },
    setPassive: (enabled: boolean) => deps.settings.setPassive(enabled),
    checkQuota: () => serial(checkQuota),
    clear: () => serial(async () => (await deps.store).clear()),
  };
}

/** The history service createHistoryService builds. */
export type HistoryService = ReturnType<typeof createHistoryService>;
