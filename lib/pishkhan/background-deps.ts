/** Builds the Bazaar service from the real browser: fetch, storage.local, permissions. */
import type { WxtStorage } from 'wxt/utils/storage';
import { systemClock } from '../http/clock';
import { PISHKHAN_HOST_PATTERN } from './client';
import { createPishkhanService } from './service';

type Browser = typeof import('wxt/browser').browser;

/** The Bazaar service of the background, wired to the browser's APIs. */
export function createPishkhanBackground(browser: Browser, storage: WxtStorage) {
  return createPishkhanService({
    fetch: (input, init) => fetch(input, init),
    clock: systemClock,
    area: storage,
    hasPermission: () => browser.permissions.contains({ origins: [PISHKHAN_HOST_PATTERN] }),
  });
}
