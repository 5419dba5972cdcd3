import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { tunePageBuild } from './scripts/lib/page-build';
import { polyfillAsEsm } from './scripts/lib/polyfill-esm';
import { tuneWorkerBuild } from './scripts/lib/worker-build';

/** Hosts Divar Actions talks to; nothing else is ever requested. */
const DIVAR_HOSTS = [
  'https://divar.ir/*',
  'https://api.divar.ir/*',
  'https://open-api.divar.ir/*',
  'https://oauth.divar.ir/*',
];

/**
 * Asked for only when a user first opens "Bazaar releases" in the options (a user gesture), so
 * people who never release an Android app on Cafe Bazaar are never asked.
 */
const OPTIONAL_HOSTS = ['https://api.pishkhan.cafebazaar.ir/*'];
/** Partner portals (ingatlanok.hu JSON API v3): asked for when the user first adds an account. */
const PORTAL_HOSTS = ['https://ingatlanok.hu/*', 'https://sandbox.ingatlanok.hu/*'];
/**
 * Alerts to a phone (lib/alerts): the Bot API hosts of Telegram and Bale, and any https host for
 * a webhook the user names; each asked for, host by host, when the user adds that destination.
 */
const ALERT_HOSTS = ['https://api.telegram.org/*', 'https://tapi.bale.ai/*', 'https://*/*'];
/** What the e2e build holds of those: the bots' hosts and the replica's webhook host. */
const E2E_ALERT_HOSTS = [
  'https://api.telegram.org/*',
  'https://tapi.bale.ai/*',
  'https://hooks.alerts.test/*',
];
const OPTIONAL = [...OPTIONAL_HOSTS, ...PORTAL_HOSTS, ...ALERT_HOSTS];

// Whether the build's background is a service worker (Chrome's MV3), not a page (Firefox's MV2).
let serviceWorker = true;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg', developmentIndicator: false },
  // The results page's export Worker lazy-loads the XLSX and Parquet writers: ES module workers.
  vite: (env) => {
    serviceWorker = env.browser !== 'firefox' && env.manifestVersion === 3;
    return { plugins: [preact(), polyfillAsEsm], worker: { format: 'es' } };
  },
  hooks: {
    // Only the pages' build splits code (the worker and the content script are one file each);
    // the service worker's build is tuned for its start.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entry) => entry.inputPath.endsWith('.html'))) tunePageBuild(config);
      if (serviceWorker && entrypoints.some((entry) => entry.type === 'background')) {
        tuneWorkerBuild(config);
      }
    },
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'fa',
    // The e2e build holds the portal hosts already: a browser test cannot answer the browser's
    // own permission prompt (the request from the options page then resolves without one).
    host_permissions:
      mode === 'e2e' ? [...DIVAR_HOSTS, ...PORTAL_HOSTS, ...E2E_ALERT_HOSTS] : DIVAR_HOSTS,
    // Firefox's build is MV2, where optional hosts are listed among optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: OPTIONAL }
      : { optional_host_permissions: OPTIONAL }),
    permissions: [
      'storage',
      'contextMenus',
      'clipboardWrite',
      // Kenar sign-in: launchWebAuthFlow opens divar's OAuth page and catches its redirect.
      'identity',
      'cookies',
      // Watched searches: checks on a schedule that survives worker stops; news as notifications.
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'divar-actions@divar-actions.github.io',
          strict_min_version: '115.0',
          // Nothing is sent to us or third parties; divar data goes to divar's own hosts only.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
