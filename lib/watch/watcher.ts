import type { Lang } from '../i18n';
import { applyCheck, type CheckHistory, type CheckResult, runCheck } from './check';
import { pruneSeen } from './diff';
import { notificationFor } from './notify';
import type { SearchPage } from './read-pages';
import { afterHold, alarmName, catchUpAt, watchIdOfAlarm } from './schedule';
import type { WatchStore } from './store';
import type { WatchedSearch, WatchHit, WatchHold } from './types';

/** The alarms API as watching uses it (`browser.alarms`, or a fake in tests). */
export interface AlarmsAdapter {
  /** Creates or replaces the one-shot alarm `name`, due at `when` (ms since epoch). */
  create(name: string, when: number): Promise<void>;
  clear(name: string): Promise<void>;
  /** The names of every alarm of this extension. */
  names(): Promise<string[]>;
}

/** The notifications API as watching uses it. */
export interface NotificationsAdapter {
  create(id: string, content: { title: string; message: string }): Promise<void>;
  clear(id: string): Promise<void>;
}

/** What watching is built from: storage, the shared search client, browser APIs, time. */
export interface WatcherDeps {
  store: WatchStore;
  search: SearchPage;
  alarms: AlarmsAdapter;
  notifications: NotificationsAdapter;
  /** Shows the number of unseen hits on the toolbar button (0 clears it). */
  setBadge(count: number): Promise<void>;
  /** The language notifications are written in (the user's UI language). */
  lang(): Promise<Lang>;
  now(): number;
  random(): number;
  /** Hands one check's news on beyond the notification (alerts to a phone); optional. */
  onHits?(search: WatchedSearch, hits: WatchHit[], at: number): Promise<void>;
  /** The shared listing history (a drop of a listing seen anywhere is noticed). */
  history?: CheckHistory;
}

const isActive = (search: WatchedSearch) => !search.paused && !search.broken;

/** How soon a check cut short by a stopped worker is tried again (alarms allow 30 s at least). */
export const RECHECK_IF_CUT_MS = 30_000;

/**
 * The background half of watching: runs the check an alarm asks for, saves what it learned
 * (one writer at a time, the user's edits made meanwhile kept), plans the next alarm, notifies,
 * keeps the badge, and restores missing alarms after a browser restart.
 */
export function createWatcher(deps: WatcherDeps) {
  const { store, alarms } = deps;
  let queue: Promise<unknown> = Promise.resolve();
  const running = new Set<string>();
  /** Runs `work` after every earlier write, so read-modify-write never interleaves. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = queue.then(work);
    queue = turn.catch(() => undefined);
    return turn;
  };
  const syncAlarm = async (search: WatchedSearch) => {
    if (isActive(search) && search.nextCheckAt !== undefined)
      await alarms.create(alarmName(search.id), search.nextCheckAt);
    else await alarms.clear(alarmName(search.id));
  };
  const refreshBadge = async () =>
    deps.setBadge((await store.list()).reduce((sum, search) => sum + search.unseen, 0));
  const activeHold = async (): Promise<WatchHold | undefined> => {
    const hold = await store.hold();
    if (hold && hold.until > deps.now()) return hold;
    if (hold) await store.clearHold();
    return undefined;
  };
  const save = (id: string, result: CheckResult) =>
    serial(async () => {
      const fresh = await store.get(id);
      if (!fresh) return undefined; // deleted while it was being checked
      if (result.kind === 'checked') {
        await store.saveSeen(id, pruneSeen(result.seen, result.at));
        if (result.hits.length > 0) await store.addHits(id, result.hits);
      }
      if (result.kind === 'held') await store.saveHold(result.hold);
      const next = applyCheck(fresh, result, deps.random);
      await store.put(next);
      await syncAlarm(next);
      return next;
    });
  const notify = async (search: WatchedSearch, result: CheckResult) => {
    if (result.kind !== 'checked' || result.hits.length === 0) return;
    // Queued (and saved) before anything else, so a failing notification loses no alert.
    await deps.onHits?.(search, result.hits, result.at).catch((error) => console.warn(error));
    const note = notificationFor(await deps.lang(), search, result.hits, result.at);
    await deps.notifications.create(note.id, note);
    await refreshBadge();
  };
  /** Checks one watched search now (unless paused, broken, held, or already being checked). */
  async function check(id: string): Promise<CheckResult | undefined> {
    if (running.has(id)) return undefined;
    running.add(id);
    try {
      const search = await store.get(id);
      if (!search || !isActive(search)) {
        await alarms.clear(alarmName(id));
        return undefined;
      }
      const hold = await activeHold();
      if (hold) {
        await serial(async () => {
          const fresh = await store.get(id);
          if (!fresh) return;
          const next = { ...fresh, nextCheckAt: afterHold(hold, deps.random) };
          await store.put(next);
          await syncAlarm(next);
        });
        return undefined;
      }
      // If the browser stops the worker mid-check, this alarm runs the check again; the save
      // below replaces it with the real next check.
      await alarms.create(alarmName(id), deps.now() + RECHECK_IF_CUT_MS);
      const result = await runCheck(search, await store.seen(id), deps);
      const saved = await save(id, result);
      if (saved) await notify(saved, result);
      return result;
    } finally {
      running.delete(id);
    }
  }
  return {
    serial,
    syncAlarm,
    refreshBadge,
    activeHold,
    check,
    /** Handles any alarm of this extension; ignores the ones that are not watches. */
    onAlarm: (name: string) => {
      const id = watchIdOfAlarm(name);
      return id ? check(id) : Promise.resolve(undefined);
    },
    /** Gives every active search an alarm again (they may not survive a restart) and drops strays. */
    reconcile: () =>
      serial(async () => {
        const names = new Set(await alarms.names());
        const searches = await store.list();
        for (const search of searches.filter(isActive)) {
          if (names.has(alarmName(search.id))) continue;
          const next = {
            ...search,
            nextCheckAt: catchUpAt(deps.now(), search.nextCheckAt, deps.random),
          };
          await store.put(next);
          await syncAlarm(next);
        }
        const wanted = new Set(searches.filter(isActive).map((s) => alarmName(s.id)));
        for (const name of names)
          if (watchIdOfAlarm(name) && !wanted.has(name)) await alarms.clear(name);
        await refreshBadge();
      }),
  };
}

/** The watcher createWatcher builds. */
export type Watcher = ReturnType<typeof createWatcher>;
