/**
 * What alerts keep in `storage.local` (never synced, never sent to a content script): the targets
 * of every watch, the bots' tokens apart from them (read only by the background, right before a
 * delivery) and the outbox of messages not yet delivered. Every value is zod-checked on read.
 */
import type { z } from 'zod';
import type { LocalArea } from '../kenar/store';
import { alertTargetSchema, droppedSchema, outboxEntrySchema, tokensSchema } from './schemas';
import type { AlertTarget, OutboxEntry } from './types';

/** Most messages kept waiting per target; past it the oldest are merged into a count, not lost unseen. */
export const MAX_OUTBOX_PER_TARGET = 100;

const KEYS = {
  targets: 'local:alerts:v1:targets',
  tokens: 'local:alerts:v1:tokens',
  outbox: 'local:alerts:v1:outbox',
  dropped: 'local:alerts:v1:dropped',
} as const;

function readList<T>(raw: unknown, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Builds the alerts store over a storage area. */
export function createAlertStore(area: LocalArea) {
  const targets = async () =>
    readList(await area.getItem<unknown>(KEYS.targets), alertTargetSchema) as AlertTarget[];
  const outbox = async () =>
    readList(await area.getItem<unknown>(KEYS.outbox), outboxEntrySchema) as OutboxEntry[];
  const tokens = async () => {
    const parsed = tokensSchema.safeParse(await area.getItem<unknown>(KEYS.tokens));
    return parsed.success ? parsed.data : {};
  };
  const dropped = async (): Promise<Record<string, number>> => {
    const parsed = droppedSchema.safeParse(await area.getItem<unknown>(KEYS.dropped));
    return parsed.success ? parsed.data : {};
  };
  return {
    targets,
    async putTarget(target: AlertTarget, token?: string) {
      const all = (await targets()).filter((t) => t.id !== target.id);
      await area.setItem(KEYS.targets, [...all, target]);
      if (token !== undefined)
        await area.setItem(KEYS.tokens, { ...(await tokens()), [target.id]: token });
    },
    /** Forgets a target, its token and its waiting messages. */
    async removeTarget(id: string) {
      await area.setItem(
        KEYS.targets,
        (await targets()).filter((t) => t.id !== id),
      );
      const { [id]: _token, ...rest } = await tokens();
      await area.setItem(KEYS.tokens, rest);
      const { [id]: _dropped, ...counts } = await dropped();
      await area.setItem(KEYS.dropped, counts);
      await area.setItem(
        KEYS.outbox,
        (await outbox()).filter((e) => e.targetId !== id),
      );
    },
    /** The token of one target; only the background's delivery calls this. */
    token: async (id: string): Promise<string | undefined> => (await tokens())[id],
    outbox,
    /** Adds messages; past MAX_OUTBOX_PER_TARGET the oldest of a target are counted as dropped. */
    async enqueue(entries: OutboxEntry[]) {
      const all = [...(await outbox()), ...entries];
      const counts = new Map<string, number>();
      const kept: OutboxEntry[] = [];
      const lost: Record<string, number> = await dropped();
      for (const entry of [...all].reverse()) {
        const n = (counts.get(entry.targetId) ?? 0) + 1;
        counts.set(entry.targetId, n);
        if (n <= MAX_OUTBOX_PER_TARGET) kept.unshift(entry);
        else lost[entry.targetId] = (lost[entry.targetId] ?? 0) + 1;
      }
      await area.setItem(KEYS.outbox, kept);
      if (kept.length < all.length) await area.setItem(KEYS.dropped, lost);
    },
    /**
     * Replaces waiting messages (after a failed try) or removes them (`undefined`: delivered), by
     * id, in one read and one write of the outbox.
     */
    async settle(changes: ReadonlyMap<string, OutboxEntry | undefined>) {
      if (changes.size === 0) return;
      const rest = (await outbox()).flatMap((entry) => {
        if (!changes.has(entry.id)) return [entry];
        const next = changes.get(entry.id);
        return next ? [next] : [];
      });
      await area.setItem(KEYS.outbox, rest);
    },
    dropped,
    /** Removes everything alerts keep (targets, tokens, outbox). */
    async clear() {
      for (const key of Object.values(KEYS)) await area.removeItem(key);
    },
  };
}

/** The store's type. */
export type AlertStore = ReturnType<typeof createAlertStore>;
