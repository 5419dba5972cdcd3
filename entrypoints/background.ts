import { createBackgroundDeps } from '@/lib/background/deps';
import { createHandlers } from '@/lib/background/handlers';
import { createMenus, handleMenuClick, menusAtEveryStart } from '@/lib/background/menus';
import { type AccessLevelArea, restrictLocalStorage } from '@/lib/background/storage-access';
import { exposeTestHook } from '@/lib/background/test-hook';
import { createMessageRouter } from '@/lib/messaging/router';

export default defineBackground(() => {
  // Secrets live in storage.local: content scripts may not read it (where the browser allows).
  void restrictLocalStorage(browser.storage.local as AccessLevelArea).then((outcome) =>
    console.debug('Divar Actions: storage.local access', outcome),
  );
  const deps = createBackgroundDeps(browser, storage);
  const route = createMessageRouter(createHandlers(deps), deps.self);
  // Only our own pages and content scripts talk to us: no onMessageExternal listener.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  // Firefox's MV2 background page loses its menus at every shutdown: there, made at each start.
  if (menusAtEveryStart(browser.runtime.getManifest())) void createMenus(deps.menus);
  else browser.runtime.onInstalled.addListener(() => void createMenus(deps.menus));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleMenuClick(info, tab?.id, deps.menus);
  });
  browser.tabs.onRemoved.addListener((tabId) => void deps.tabPages.remove(tabId));
  browser.alarms.onAlarm.addListener(async ({ name }) => {
    if (await deps.jobs.heartbeat.onAlarm(name)) return;
    if (!(await deps.alerts.onAlarm(name))) await deps.watch.watcher.onAlarm(name);
  });
  browser.notifications.onClicked.addListener((id) => void deps.watch.service.openNotification(id));
  // Alarms may not survive a browser restart: each worker start gives watched searches theirs.
  void deps.watch.watcher.reconcile();
  void deps.alerts.reconcile();
  if (import.meta.env.MODE === 'e2e') exposeTestHook(deps);
});
