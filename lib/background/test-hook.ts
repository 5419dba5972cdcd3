import type { MenuClick } from '../menus/menu-text';
import { alarmName } from '../watch/schedule';
import type { createBackgroundDeps } from './deps';
import { handleMenuClick } from './menus';

/** The name of the global the browser tests call; only the e2e build (`--mode e2e`) defines it. */
export const TEST_HOOK_NAME = 'divarActionsTest';

/**
 * Test hook (tests/e2e): headless Chromium cannot click context menus, fire alarms on demand or
 * click notifications, so the e2e tests call the same handlers here. It can do nothing a real
 * click cannot, and the background wires it only when built for the browser tests.
 */
export function exposeTestHook(deps: ReturnType<typeof createBackgroundDeps>): void {
  Object.assign(globalThis, {
    [TEST_HOOK_NAME]: {
      clickMenu: (info: MenuClick, tabId?: number) => handleMenuClick(info, tabId, deps.menus),
      fireWatchAlarm: (id: string) => deps.watch.watcher.onAlarm(alarmName(id)),
      clickNotification: (id: string) => deps.watch.service.openNotification(id),
    },
  });
}
