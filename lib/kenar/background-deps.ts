/** Builds the Kenar service from the real browser: fetch, storage.local, identity, crypto. */
import type { WxtStorage } from 'wxt/utils/storage';
import { systemClock } from '../http/clock';
import { createRateLimiter, type RateLimiter } from '../http/rate-limiter';
import { OAUTH_ORIGIN } from './oauth';
import { createPkce } from './pkce';
import { createKenarService } from './service';

type Browser = typeof import('wxt/browser').browser;

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * The path of the OAuth redirect URL: `https://<extension-id>.chromiumapp.org/kenar` in Chromium,
 * `https://<sha1 of the add-on id>.extensions.allizom.org/kenar` in Firefox (identity.getRedirectURL).
 */
export const REDIRECT_PATH = 'kenar';

/** The Kenar service of the background, wired to the browser's APIs. */
export function createKenarBackground(browser: Browser, storage: WxtStorage) {
  // Kenar's per-minute limit is per app; two calls a second stays well inside it.
  const limiter: RateLimiter = createRateLimiter(
    { ratePerSecond: 2, burst: 4 },
    systemClock,
    Math.random,
  );
  const oauthHost = new URL(OAUTH_ORIGIN).host;
  return createKenarService({
    fetch: (input, init) => fetch(input, init),
    clock: systemClock,
    random: Math.random,
    limiterFor: (host) => (host === oauthHost ? undefined : limiter),
    area: storage,
    redirectUri: browser.identity?.getRedirectURL(REDIRECT_PATH) ?? '',
    launchAuthFlow: async (url) => {
      const redirected = await browser.identity.launchWebAuthFlow({ url, interactive: true });
      if (!redirected) throw new Error('the sign-in window closed without an answer');
      return redirected;
    },
    randomState: () => hex(crypto.getRandomValues(new Uint8Array(16))),
    pkce: () =>
      createPkce({
        randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
        sha256: (data) => crypto.subtle.digest('SHA-256', data),
      }),
    sha256: async (text) =>
      hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))),
  });
}
