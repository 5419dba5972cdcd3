import { AppError, toErrorInfo } from '../errors';
import type { WatchedSearch, WatchHit } from '../watch/types';
import { nextAttemptAt, OUTBOX_ALARM } from './backoff';
import { alertMessageFor, testMessageFor } from './message';
import { deliver, permissionOf, type SendDeps } from './send';
import type { AlertStore } from './store';
import { checkedTarget, type NewTarget, targetView } from './targets';
import type { AlertTarget, AlertTargetView, OutboxEntry } from './types';

/** What alerts are built from: storage, sending, the alarm, permissions, the watches, time. */
export interface AlertDeps extends SendDeps {
  store: AlertStore;
  /** Creates or replaces the one-shot alarm `name` at `when`; `clear` removes it. */
  alarms: { create(name: string, when: number): Promise<void>; clear(name: string): Promise<void> };
  /** Whether the optional host permission `pattern` (`https://host/*`) is granted. */
  hasPermission(pattern: string): Promise<boolean>;
  /** The watched search with this id, if it still exists. */
  watch(id: string): Promise<WatchedSearch | undefined>;
  now(): number;
  random(): number;
  newId(): string;
}

/**
 * Alerts to a phone: each watch's targets (Telegram or Bale chats through the user's bot,
 * webhooks), a test message, and the outbox: every piece of news is queued per target first, then
 * delivered; a failure stays queued and is retried with backoff by one alarm, never dropped unseen.
 */
export function createAlertService(deps: AlertDeps) {
  const { store } = deps;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = queue.then(work);
    queue = turn.catch(() => undefined);
    return turn;
  };
  const send = async (target: AlertTarget, message: OutboxEntry['message']) => {
    if (!(await deps.hasPermission(permissionOf(target))))
      throw new AppError('alert-permission', `no permission for ${permissionOf(target)}`);
    await deliver(deps, target, await store.token(target.id), message);
  };
  const planAlarm = async () => {
    const waiting = await store.outbox();
    if (waiting.length === 0) return deps.alarms.clear(OUTBOX_ALARM);
    const soonest = Math.min(...waiting.map((entry) => entry.nextAttemptAt));
    return deps.alarms.create(OUTBOX_ALARM, Math.max(soonest, deps.now() + 1_000));
  };
  /**
   * Tries the due messages, oldest first; failures are kept with their error and next try. Once a
   * target fails, its later messages wait for the same next try (kept in order, and a failing or
   * rate-limited host is not hit again in the same round).
   */
  const flush = () =>
    serial(async () => {
      const targets = new Map((await store.targets()).map((t) => [t.id, t]));
      const now = deps.now();
      let delivered = 0;
      const held = new Map<string, number>();
      // What a delivery or a failure changes is saved at once (a stop must not send twice); the
      // messages only held back, or whose target is gone, are saved together at the end.
      const settleNow = (id: string, next: OutboxEntry | undefined) =>
        store.settle(new Map([[id, next]]));
      const later = new Map<string, OutboxEntry | undefined>();
      for (const entry of await store.outbox()) {
        if (entry.nextAttemptAt > now) continue;
        const until = held.get(entry.targetId);
        if (until !== undefined) {
          later.set(entry.id, { ...entry, nextAttemptAt: until });
          continue;
        }
        const target = targets.get(entry.targetId);
        if (!target) {
          later.set(entry.id, undefined); // its target was removed meanwhile
          continue;
        }
        try {
          await send(target, entry.message);
          await settleNow(entry.id, undefined);
          delivered++;
        } catch (thrown) {
          const error = toErrorInfo(thrown);
          const at = deps.now();
          const attempts = entry.attempts + 1;
          const next = nextAttemptAt(at, attempts, error, deps.random);
          held.set(entry.targetId, next);
          await settleNow(entry.id, {
            ...entry,
            attempts,
            lastError: { kind: error.kind, message: error.message, at },
            nextAttemptAt: next,
          });
        }
      }
      await store.settle(later);
      await planAlarm();
      return { delivered, waiting: (await store.outbox()).length };
    });
  const views = async (watchId: string): Promise<AlertTargetView[]> => {
    const [outbox, dropped] = [await store.outbox(), await store.dropped()];
    const mine = (await store.targets()).filter((target) => target.watchId === watchId);
    const facts = async (target: AlertTarget) => ({
      hasToken: (await store.token(target.id)) !== undefined,
      isAllowed: await deps.hasPermission(permissionOf(target)),
      dropped: dropped[target.id] ?? 0,
    });
    return Promise.all(mine.map(async (t) => targetView(t, await facts(t), outbox)));
  };
  return {
    flush,
    list: views,
    /**
     * Adds a target after checking its fields. Its host permission is asked for by the UI in the
     * same click, so the answer may come later (or the popup close meanwhile): the target is saved
     * either way, shows `isAllowed`, and nothing is sent to it until the host is allowed.
     */
    async add(input: NewTarget) {
      const { target, token } = checkedTarget(input, deps.newId(), deps.now());
      if (!(await deps.watch(input.watchId))) throw new AppError('not-found', 'no such watch');
      await serial(() => store.putTarget(target, token));
      return views(input.watchId);
    },
    async remove(id: string) {
      await serial(() => store.removeTarget(id));
      await serial(planAlarm);
    },
    /** Sends a test message now; a failure is thrown (and not queued), so the user sees it. */
    async test(id: string) {
      const target = (await store.targets()).find((t) => t.id === id);
      const search = target && (await deps.watch(target.watchId));
      if (!target || !search) throw new AppError('not-found', 'no such alert target');
      await send(target, testMessageFor(search, deps.now()));
      return { sent: true as const };
    },
    /** Queues one check's news for each target of its watch, then tries to deliver it. */
    async enqueue(search: WatchedSearch, hits: WatchHit[], at: number) {
      const targets = (await store.targets()).filter((t) => t.watchId === search.id);
      if (hits.length === 0 || targets.length === 0) return;
      const message = alertMessageFor(search, hits, at);
      const now = deps.now();
      const entries = targets.map((target) => ({
        id: deps.newId(),
        targetId: target.id,
        watchId: search.id,
        createdAt: now,
        attempts: 0,
        nextAttemptAt: now,
        message,
      }));
      await serial(() => store.enqueue(entries));
      await flush();
    },
    /** Tries a target's waiting messages now (after the user fixed what failed). */
    async retryNow(targetId: string) {
      await serial(async () => {
        const waiting = (await store.outbox()).filter((entry) => entry.targetId === targetId);
        const now = deps.now();
        await store.settle(new Map(waiting.map((e) => [e.id, { ...e, nextAttemptAt: now }])));
      });
      return flush();
    },
    /** Forgets the targets of a deleted watch (and their waiting messages). */
    async removeWatch(watchId: string) {
      for (const target of await store.targets())
        if (target.watchId === watchId) await serial(() => store.removeTarget(target.id));
      await serial(planAlarm);
    },
    /** Handles the outbox alarm; false for any other alarm. */
    async onAlarm(name: string): Promise<boolean> {
      if (name !== OUTBOX_ALARM) return false;
      await flush();
      return true;
    },
    /** Restores the outbox alarm at worker start (alarms may not survive a restart). */
    reconcile: () => serial(planAlarm),
    clear: () => serial(() => store.clear()),
  };
}

/** The service createAlertService builds. */
export type AlertService = ReturnType<typeof createAlertService>;
