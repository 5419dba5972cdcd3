import { describeSearch } from '../divar/search-info';
import { searchTitle } from '../divar/search-title';
import { AppError } from '../errors';
import { notificationTarget, postUrlOf } from './notify';
import {
  alarmName,
  clampInterval,
  DEFAULT_INTERVAL_MINUTES,
  MIN_INTERVAL_MINUTES,
  nextCheckAt,
} from './schedule';
import type { WatchedSearch, WatchHit, WatchHold } from './types';
import type { Watcher, WatcherDeps } from './watcher';

/** What the watch service is built from, beyond the watcher's own deps. */
export interface WatchServiceDeps extends WatcherDeps {
  watcher: Watcher;
  newId(): string;
  /** Opens a URL in a new tab. */
  openUrl(url: string): Promise<void>;
  /** The URL of the results view of a watched search (an extension page). */
  resultsUrl(watchId: string): string;
  /** Forgets what other features keep for a deleted watch (its alert targets); optional. */
  onRemove?(watchId: string): Promise<void>;
}

/** Most searches one can watch; a page press past it gets a `watch-cap` error, not a new watch. */
export const MAX_WATCHES = 50;

/** Everything the watched-searches view shows. */
export interface WatchList {
  searches: WatchedSearch[];
  /** Set while divar's push-back pauses all watching. */
  hold?: WatchHold;
  minIntervalMinutes: number;
}

/** The changes the user may make to a watched search. */
export interface WatchPatch {
  name?: string;
  intervalMinutes?: number;
  paused?: boolean;
}

function defaultName(url: string): string {
  const info = describeSearch(url, undefined);
  if (!info.ok) return url;
  return searchTitle(info.query, 'fa');
}

/**
 * What the popup and the results view ask of watching: add, list, edit, pause, resume and
 * delete watched searches, read their hits, mark them seen, and follow notification clicks.
 */
export function createWatchService(deps: WatchServiceDeps) {
  const { store, watcher } = deps;
  const mustGet = async (id: string) => {
    const search = await store.get(id);
    if (!search) throw new AppError('not-found', `no watched search ${id}`);
    return search;
  };
  const markSeen = (id: string) =>
    watcher.serial(async () => {
      const search = { ...(await mustGet(id)), unseen: 0, seenAt: deps.now() };
      await store.put(search);
      await watcher.refreshBadge();
      return search;
    });
  return {
    /** Watches a search (or returns it if already watched) and takes its baseline at once. */
    async add(url: string, name?: string, intervalMinutes = DEFAULT_INTERVAL_MINUTES) {
      const info = describeSearch(url, undefined);
      if (!info.ok)
        throw new AppError('bad-search-url', info.errors.map((e) => e.message).join('; '));
      const search = await watcher.serial(async () => {
        const all = await store.list();
        const existing = all.find((s) => s.url === url);
        if (existing) return existing;
        if (all.length >= MAX_WATCHES)
          throw new AppError('watch-cap', `already ${all.length} watched searches`);
        const now = deps.now();
        const created: WatchedSearch = {
          id: deps.newId(),
          name: (name?.trim() || defaultName(url)).slice(0, 120),
          ...(name?.trim() ? { named: true } : {}),
          url,
          intervalMinutes: clampInterval(intervalMinutes),
          createdAt: now,
          paused: false,
          hasBaseline: false,
          failures: 0,
          unseen: 0,
          // If the worker stops before the baseline below is saved, this alarm takes it later.
          nextCheckAt: now + MIN_INTERVAL_MINUTES * 60_000,
        };
        await store.put(created);
        await watcher.syncAlarm(created);
        return created;
      });
      // A failure here is only logged: the alarm planned above retries it.
      if (!search.hasBaseline) watcher.check(search.id).catch((error) => console.warn(error));
      return search;
    },
    async list(): Promise<WatchList> {
      const hold = await watcher.activeHold();
      return {
        searches: await store.list(),
        ...(hold ? { hold } : {}),
        minIntervalMinutes: MIN_INTERVAL_MINUTES,
      };
    },
    /** Renames, changes the interval, pauses or resumes (which also retries a broken search). */
    update: (id: string, patch: WatchPatch) =>
      watcher.serial(async () => {
        let search = await mustGet(id);
        const now = deps.now();
        if (patch.name?.trim())
          search = { ...search, name: patch.name.trim().slice(0, 120), named: true };
        if (patch.intervalMinutes !== undefined) {
          const intervalMinutes = clampInterval(patch.intervalMinutes);
          search = {
            ...search,
            intervalMinutes,
            nextCheckAt: nextCheckAt(now, intervalMinutes, deps.random),
          };
        }
        if (patch.paused === true) search = { ...search, paused: true };
        if (patch.paused === false) {
          const { broken: _broken, lastError: _lastError, ...rest } = search;
          const soon = !search.hasBaseline || search.broken !== undefined;
          const at = soon
            ? now + MIN_INTERVAL_MINUTES * 60_000
            : nextCheckAt(now, search.intervalMinutes, deps.random);
          search = { ...rest, paused: false, failures: 0, nextCheckAt: at };
        }
        await store.put(search);
        await watcher.syncAlarm(search);
        return search;
      }),
    remove: (id: string) =>
      watcher.serial(async () => {
        await deps.alarms.clear(alarmName((await mustGet(id)).id));
        await store.remove(id);
        await deps.onRemove?.(id);
        await watcher.refreshBadge();
      }),
    async hits(id: string): Promise<{ search: WatchedSearch; hits: WatchHit[] }> {
      return { search: await mustGet(id), hits: await store.hits(id) };
    },
    markSeen,
    /** Opens what a clicked notification points at: the post, or the results view. */
    async openNotification(notificationId: string): Promise<string | undefined> {
      const target = notificationTarget(notificationId);
      if (!target) return undefined;
      let url = deps.resultsUrl(target.watchId);
      if (target.kind === 'post') {
        const hit = (await store.hits(target.watchId)).find((h) => h.token === target.token);
        url = postUrlOf(target.token, hit?.url);
      }
      await deps.openUrl(url);
      await deps.notifications.clear(notificationId);
      // Opening the post shows the only hit; the results view marks itself seen when it loads.
      if (target.kind === 'post') await markSeen(target.watchId).catch(() => undefined);
      return url;
    },
  };
}

/** The service createWatchService builds. */
export type WatchService = ReturnType<typeof createWatchService>;
