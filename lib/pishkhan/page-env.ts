/** Builds the Bazaar environment of an extension page from the real browser. */
import type { WxtStorage } from 'wxt/utils/storage';
import { systemClock } from '../http/clock';
import type { SendRaw } from '../messaging/client';
import { PISHKHAN_HOST_PATTERN } from './client';
import type { PageDeps } from './page-api';
import { xhrTransport } from './xhr-transport';

type Browser = typeof import('wxt/browser').browser;

const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/** The page's Bazaar calls and the optional host permission, wired to the browser. */
export function createPishkhanPageEnv(browser: Browser, storage: WxtStorage, send: SendRaw) {
  const origins = [PISHKHAN_HOST_PATTERN];
  const deps: PageDeps = {
    send,
    area: storage,
    uploadTransport: xhrTransport(),
    clock: systemClock,
    random: Math.random,
    sha1: async (data) => hex(await crypto.subtle.digest('SHA-1', data)),
  };
  return {
    ...deps,
    hasPermission: () => browser.permissions.contains({ origins }),
    requestPermission: () => browser.permissions.request({ origins }),
  };
}
