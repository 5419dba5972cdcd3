/** What the test profile's preferences are made from. */
export interface ProfileOptions {
  /** The add-on's id and the moz-extension:// UUID it should get (fixed, so URLs are known). */
  addon: { id: string; uuid: string };
  /** The local proxy (support/host-proxy.ts) that maps divar's hosts to the replica. */
  proxyPort: number;
  /** Where downloads land without a dialog. */
  downloadDir: string;
}

/**
 * The Firefox preferences of a test profile: the add-on's UUID fixed
 * (`extensions.webextensions.uuids`), every HTTP(S) request through the host proxy (localhost
 * stays direct, Firefox never proxies it), downloads saved to a folder without asking, and the
 * async clipboard readable by tests without the paste prompt.
 */
export function profilePrefs(options: ProfileOptions): Record<string, unknown> {
  const proxy = '127.0.0.1';
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [options.addon.id]: options.addon.uuid }),
    'network.proxy.type': 1,
    'network.proxy.ssl': proxy,
    'network.proxy.ssl_port': options.proxyPort,
    'network.proxy.http': proxy,
    'network.proxy.http_port': options.proxyPort,
    'network.proxy.allow_hijacking_localhost': false,
    'browser.download.folderList': 2,
    'browser.download.dir': options.downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'dom.events.testing.asyncClipboard': true,
    'alerts.useSystemBackend': false,
    'alerts.disableSlidingEffect': true,
  };
}
