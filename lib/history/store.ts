import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { applyObservation, bounded, markedRemoved } from './record';
import type { HistorySource, ObservedListing, RemovedWhy, TokenHistory } from './types';

interface HistoryDb extends DBSchema {
  tokens: {
    key: string;
    value: TokenHistory;
    indexes: { byRepostKey: string; byRemovedAt: number };
  };
}

/** The listing history in IndexedDB: one record per token, written a batch per transaction. */
export interface HistoryStore {
  /** Records one batch of observations; returns how many tokens were new or changed. */
  record(listings: ObservedListing[], source: HistorySource, now: number): Promise<number>;
  /** Marks tokens removed from divar (unknown tokens are skipped). */
  markRemoved(tokens: string[], why: RemovedWhy, now: number): Promise<number>;
  get(tokens: string[]): Promise<Map<string, TokenHistory>>;
  /** For each re-post key, the tokens sharing it, oldest first (one transaction). */
  sameKeys(repostKeys: string[]): Promise<Map<string, TokenHistory[]>>;
  count(): Promise<number>;
  /** Deletes up to `limit` removed listings, those removed longest ago first; returns how many. */
  pruneRemoved(limit: number): Promise<number>;
  /** Trims every listing to its `keep` latest observations (the last resort of quota pruning). */
  trimAll(keep: number): Promise<number>;
  clear(): Promise<void>;
}

/** Opens (or creates) the history database (tests load fake-indexeddb/auto for the global). */
export async function openHistoryStore(name = 'divar-actions-history'): Promise<HistoryStore> {
  const db: IDBPDatabase<HistoryDb> = await openDB<HistoryDb>(name, 1, {
    upgrade(database) {
      const tokens = database.createObjectStore('tokens', { keyPath: 'token' });
      tokens.createIndex('byRepostKey', 'repostKey');
      tokens.createIndex('byRemovedAt', 'removed.at');
    },
  });
  return {
    async record(listings, source, now) {
      const tx = db.transaction('tokens', 'readwrite');
      const unique = [...new Map(listings.map((l) => [l.token, l])).values()];
      // Every read at once, then every write: one round of requests each, not one per token.
      const befores = await Promise.all(unique.map((l) => tx.store.get(l.token)));
      let changed = 0;
      const puts = unique.map((listing, i) => {
        const before = befores[i];
        const after = applyObservation(before, listing, source, now);
        if (!before || after.observations.length !== before.observations.length) changed++;
        return tx.store.put(after);
      });
      await Promise.all([...puts, tx.done]);
      return changed;
    },
    async markRemoved(tokens, why, now) {
      const tx = db.transaction('tokens', 'readwrite');
      const unique = [...new Set(tokens)];
      // As in record: every read at once, then every write (a re-crawl may remove thousands).
      const befores = await Promise.all(unique.map((token) => tx.store.get(token)));
      const marked = befores.flatMap((before) =>
        before && !before.removed ? [markedRemoved(before, why, now)] : [],
      );
      await Promise.all([...marked.map((after) => tx.store.put(after)), tx.done]);
      return marked.length;
    },
    async get(tokens) {
      const tx = db.transaction('tokens');
      const rows = await Promise.all(tokens.map((token) => tx.store.get(token)));
      await tx.done;
      return new Map(rows.flatMap((row) => (row ? [[row.token, row] as const] : [])));
    },
    async sameKeys(keys) {
      const tx = db.transaction('tokens');
      const unique = [...new Set(keys)];
      const found = await Promise.all(
        unique.map((key) => tx.store.index('byRepostKey').getAll(key)),
      );
      await tx.done;
      return new Map(
        unique.map((key, i) => [key, (found[i] ?? []).sort((a, b) => a.firstSeen - b.firstSeen)]),
      );
    },
    count: () => db.count('tokens'),
    async pruneRemoved(limit) {
      const tx = db.transaction('tokens', 'readwrite');
      let deleted = 0;
      let cursor = await tx.store.index('byRemovedAt').openCursor();
      while (cursor && deleted < limit) {
        await cursor.delete();
        deleted++;
        cursor = await cursor.continue();
      }
      await tx.done;
      return deleted;
    },
    async trimAll(keep) {
      const tx = db.transaction('tokens', 'readwrite');
      let trimmed = 0;
      let cursor = await tx.store.openCursor();
      while (cursor) {
        const row = cursor.value;
        if (row.observations.length > keep) {
          await cursor.update({ ...row, observations: bounded(row.observations, keep) });
          trimmed++;
        }
        cursor = await cursor.continue();
      }
      await tx.done;
      return trimmed;
    },
    clear: () => db.clear('tokens'),
  };
}
