import { createBackgroundDeps } from '@/lib/background/deps';
import { createHandlers } from '@/lib/background/handlers';
import { createMenus, handleMenuClick } from '@/lib/background/menus';
import type { MenuClick } from '@/lib/menus/menu-text';
import { createMessageRouter } from '@/lib/messaging/router';
import { alarmName } from '@/lib/watch/schedule';

export default defineBackground(() => {
  const deps = createBackgroundDeps(browser, storage);
  const route = createMessageRouter(createHandlers(deps), deps.self);
  // Only our own pages and content scripts talk to us: no onMessageExternal listener.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.runtime.onInstalled.addListener(() => void createMenus(deps.menus));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleMenuClick(info, tab?.id, deps.menus);
  });
  browser.tabs.onRemoved.addListener((tabId) => void deps.tabPages.remove(tabId));
  browser.alarms.onAlarm.addListener((alarm) => void deps.watch.watcher.onAlarm(alarm.name));
  browser.notifications.onClicked.addListener((id) => void deps.watch.service.openNotification(id));
  // Alarms may not survive a browser restart: each worker start gives watched searches theirs.
  void deps.watch.watcher.reconcile();
  // Test hook (tests/e2e): headless Chromium cannot click context menus, so the e2e tests call
  // the same handler here. It can do nothing a real menu click cannot.
  Object.assign(globalThis, {
    divarActionsTest: {
      clickMenu: (info: MenuClick, tabId?: number) => handleMenuClick(info, tabId, deps.menus),
      // Alarms fire on their own schedule and headless Chromium shows no notifications to click:
      // the watch e2e tests fire a watched search's alarm and click a notification through here.
      fireWatchAlarm: (id: string) => deps.watch.watcher.onAlarm(alarmName(id)),
      clickNotification: (id: string) => deps.watch.service.openNotification(id),
    },
  });
});
