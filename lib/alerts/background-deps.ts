import type { WxtStorage } from 'wxt/utils/storage';
import { createWatchStore } from '../watch/store';
import { createAlertService } from './service';
import { createAlertStore } from './store';

type Browser = typeof import('wxt/browser').browser;

/** Builds alerts from the real browser: storage.local, fetch, the outbox alarm, host permissions. */
export function createAlertBackground(browser: Browser, storage: WxtStorage) {
  const watches = createWatchStore(storage);
  return createAlertService({
    store: createAlertStore(storage),
    fetch: (input, init) => fetch(input, init),
    timeout: (ms) => AbortSignal.timeout(ms),
    alarms: {
      create: async (name, when) => void (await browser.alarms.create(name, { when })),
      clear: async (name) => void (await browser.alarms.clear(name)),
    },
    hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    watch: (id) => watches.get(id),
    now: Date.now,
    random: Math.random,
    newId: () => crypto.randomUUID(),
  });
}
