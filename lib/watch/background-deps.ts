import type { WxtStorage } from 'wxt/utils/storage';
import { loadLang } from '../i18n/lang-pref';
import type { CheckHistory } from './check';
import type { SearchPage } from './read-pages';
import { createWatchService } from './service';
import { createWatchStore } from './store';
import {
  type AlarmsAdapter,
  createWatcher,
  type NotificationsAdapter,
  type WatcherDeps,
} from './watcher';

type Browser = typeof import('wxt/browser').browser;

/**
 * Builds watching from the real browser: storage.local, alarms, notifications, the toolbar
 * badge (through `setBadge`), new tabs, and `search`, the one web API client shared with jobs (one politeness budget).
 */
export function createWatchBackground(
  browser: Browser,
  storage: WxtStorage,
  search: SearchPage,
  setBadge: (count: number) => Promise<void>,
  extra: Pick<WatcherDeps, 'onHits'> & { onRemove?(watchId: string): Promise<void> } = {},
  history?: CheckHistory,
) {
  const alarms: AlarmsAdapter = {
    create: async (name, when) => void (await browser.alarms.create(name, { when })),
    clear: async (name) => void (await browser.alarms.clear(name)),
    names: async () => (await browser.alarms.getAll()).map((alarm) => alarm.name),
  };
  const notifications: NotificationsAdapter = {
    create: async (id, { title, message }) =>
      void (await browser.notifications.create(id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icons/128.png'),
        title,
        message,
      })),
    clear: async (id) => void (await browser.notifications.clear(id)),
  };
  const deps: WatcherDeps = {
    store: createWatchStore(storage),
    search,
    alarms,
    notifications,
    setBadge,
    lang: () => loadLang(storage),
    now: Date.now,
    random: Math.random,
    ...(extra.onHits ? { onHits: extra.onHits } : {}),
    ...(history ? { history } : {}),
  };
  const watcher = createWatcher(deps);
  const service = createWatchService({
    ...deps,
    watcher,
    newId: () => crypto.randomUUID(),
    openUrl: async (url) => void (await browser.tabs.create({ url })),
    ...(extra.onRemove ? { onRemove: extra.onRemove } : {}),
    resultsUrl: (id) => `${browser.runtime.getURL('/watch.html')}?id=${encodeURIComponent(id)}`,
  });
  return { watcher, service };
}

/** Watching as the background wires it. */
export type WatchBackground = ReturnType<typeof createWatchBackground>;
