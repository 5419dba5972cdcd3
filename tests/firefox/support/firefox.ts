import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR } from '../../../scripts/lib/paths.ts';
import { firefoxPath } from '../../../scripts/lib/prerequisites.ts';
import { type Replica, startReplica } from '../../replica/index.ts';
import { MAPPED_HOSTS } from '../../replica/server/hosts.ts';
import { FirefoxExtension } from './extension.ts';
import { type HostProxy, startHostProxy } from './host-proxy.ts';
import { profilePrefs } from './prefs.ts';

/** The moz-extension:// UUID the add-on gets in every test profile. */
export const ADDON_UUID = '6b3f2a9e-8d1c-4e5f-a7b0-d14a4c710a05';

/** A running Firefox with the add-on installed, divar's hosts mapped to a replica. */
export interface FirefoxSession {
  /** Firefox, driven by puppeteer-core over WebDriver BiDi. */
  firefox: Browser;
  replica: Replica;
  proxy: HostProxy;
  extension: FirefoxExtension;
  /** Where the profile saves downloads. */
  downloadDir: string;
  close(): Promise<void>;
}

/** The add-on id Firefox knows the build by (its manifest's gecko id). */
function addonId(dir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/**
 * Starts the replica and the host proxy, launches Debian's Firefox (headless, WebDriver BiDi)
 * with a fresh profile, and installs the built add-on as a temporary add-on. The replica's
 * self-signed certificate is accepted through the session's `acceptInsecureCerts`, which in
 * Firefox covers every request, the add-on's background page included.
 */
export async function startFirefox(extensionDir = FIREFOX_EXTENSION_DIR): Promise<FirefoxSession> {
  const replica = await startReplica({ port: 0 });
  const proxy = await startHostProxy({ host: '127.0.0.1', port: replica.port }, MAPPED_HOSTS);
  const downloadDir = mkdtempSync(path.join(os.tmpdir(), 'divar-actions-downloads-'));
  const id = addonId(extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 800 },
    // Lets BiDi open moz-extension:// pages in a tab, as the Chromium tests open popup.html.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: profilePrefs({
      addon: { id, uuid: ADDON_UUID },
      proxyPort: proxy.port,
      downloadDir,
    }),
  });
  await browser.installExtension(extensionDir);
  return {
    firefox: browser,
    replica,
    proxy,
    extension: new FirefoxExtension(browser, ADDON_UUID),
    downloadDir,
    close: async () => {
      await browser.close();
      await proxy.close();
      await replica.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}
