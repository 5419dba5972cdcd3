import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import {
  FIREFOX_E2E_EXTENSION_DIR,
  FIREFOX_EXTENSION_DIR,
  firefoxZips,
} from '../../../scripts/lib/paths.ts';
import { firefoxPath } from '../../../scripts/lib/prerequisites.ts';
import { type Replica, startReplica } from '../../replica/index.ts';
import { MAPPED_HOSTS } from '../../replica/server/hosts.ts';
import { installPermanently } from './bidi.ts';
import { FirefoxExtension } from './extension.ts';
import { type HostProxy, startHostProxy } from './host-proxy.ts';
import { profilePrefs } from './prefs.ts';

/** The moz-extension:// UUID the add-on gets in every test profile. */
export const ADDON_UUID = '6b3f2a9e-8d1c-4e5f-a7b0-d14a4c710a05';

/** A running Firefox with the add-on installed, divar's hosts mapped to a replica. */
export interface FirefoxSession {
  /** Firefox, driven by puppeteer-core over WebDriver BiDi (a new one after `restart`). */
  firefox: Browser;
  replica: Replica;
  proxy: HostProxy;
  extension: FirefoxExtension;
  /** Where the profile saves downloads. */
  downloadDir: string;
  /** Quits Firefox and starts it again on the same profile (for a `permanent` install). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** How the add-on is installed. */
export interface StartOptions {
  /**
   * The store archive (`wxt zip -b firefox`) installed for good, so it survives a restart; ESR
   * takes an unsigned add-on once `xpinstall.signatures.required` is off. Otherwise the build
   * directory as a temporary add-on, as `about:debugging` loads it.
   */
  permanent?: boolean;
  /**
   * The e2e build (`--mode e2e`), whose background page has the test hook `divarActionsTest`
   * (lib/background/test-hook.ts) for what BiDi cannot click: the right-click menu.
   */
  testHook?: boolean;
}

/** The manifest of the build: its gecko id and its version. */
function manifestOf(dir: string): { id: string; version: string } {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  return { id: manifest.browser_specific_settings.gecko.id, version: manifest.version };
}

/**
 * Starts the replica and the host proxy, launches Debian's Firefox (headless, WebDriver BiDi)
 * on a fresh profile, and installs the built add-on. The replica's self-signed certificate is
 * accepted through the session's `acceptInsecureCerts`, which in Firefox covers every request,
 * the add-on's background page included.
 */
export async function startFirefox(options: StartOptions = {}): Promise<FirefoxSession> {
  const replica = await startReplica({ port: 0 });
  const proxy = await startHostProxy({ host: '127.0.0.1', port: replica.port }, MAPPED_HOSTS);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'divar-actions-firefox-'));
  const downloadDir = path.join(scratch, 'downloads');
  mkdirSync(downloadDir);
  const buildDir = options.testHook ? FIREFOX_E2E_EXTENSION_DIR : FIREFOX_EXTENSION_DIR;
  const addon = manifestOf(buildDir);
  const launch = () =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      acceptInsecureCerts: true,
      userDataDir: path.join(scratch, 'profile'),
      defaultViewport: { width: 1280, height: 800 },
      // Lets BiDi open moz-extension:// pages in a tab, as the Chromium tests open popup.html.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        ...profilePrefs({
          addon: { id: addon.id, uuid: ADDON_UUID },
          proxyPort: proxy.port,
          downloadDir,
        }),
        ...(options.permanent && { 'xpinstall.signatures.required': false }),
      },
    });
  const firefox = await launch();
  if (options.permanent) {
    await installPermanently(firefox, firefoxZips(addon.version).addon);
  } else {
    await firefox.installExtension(buildDir);
  }
  const session: FirefoxSession = {
    firefox,
    replica,
    proxy,
    extension: new FirefoxExtension(firefox, ADDON_UUID),
    downloadDir,
    restart: async () => {
      await session.firefox.close();
      session.firefox = await launch();
      session.extension = new FirefoxExtension(session.firefox, ADDON_UUID);
    },
    close: async () => {
      await session.firefox.close();
      await proxy.close();
      await replica.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
  return session;
}
