import type { CopyText } from '../clipboard/copy-text';
import { type ErrorInfo, toErrorInfo } from '../errors';
import {
  COPY_POST_TOKEN_MENU_ID,
  copyPostToken,
  copyPostTokenMenuItem,
  type MenuClick,
} from '../menus/copy-token';

/** The context-menu and badge APIs the menus need (`browser.contextMenus`, `browser.action`). */
export interface MenuDeps {
  removeAllMenus(): Promise<void>;
  createMenu(item: ReturnType<typeof copyPostTokenMenuItem>): void;
  message(name: 'menuCopyPostToken'): string;
  copyText: CopyText;
  /** Shows a short badge on the tab's toolbar button ('' clears it). */
  setBadge(tabId: number | undefined, text: string, color: string): Promise<void>;
  /** Keeps the failure for the popup, which shows it in the user's language. */
  reportError(error: ErrorInfo): Promise<void>;
  /** Schedules work later (a clock, injected). */
  later(ms: number, run: () => void): void;
}

/** How long the ✓ or ! badge stays after a menu action. */
const BADGE_MS = 2000;

/** (Re)creates every context-menu item; call on install and update. */
export async function createMenus(deps: MenuDeps): Promise<void> {
  await deps.removeAllMenus();
  deps.createMenu(copyPostTokenMenuItem(deps.message('menuCopyPostToken')));
}

/**
 * Runs the action behind a context-menu click and flashes ✓ or ! on the toolbar button; returns
 * the copied token, or the error info when it failed.
 */
export async function handleMenuClick(click: MenuClick, tabId: number | undefined, deps: MenuDeps) {
  if (click.menuItemId !== COPY_POST_TOKEN_MENU_ID) return undefined;
  try {
    const token = await copyPostToken(click, deps.copyText);
    await deps.setBadge(tabId, '✓', '#2e7d32');
    return { ok: true as const, token };
  } catch (error) {
    const info = toErrorInfo(error);
    await deps.reportError(info);
    await deps.setBadge(tabId, '!', '#c62828');
    return { ok: false as const, error: info };
  } finally {
    deps.later(BADGE_MS, () => void deps.setBadge(tabId, '', '#000'));
  }
}
