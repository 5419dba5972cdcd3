import type { CopyText } from '../clipboard/copy-text';
import { extractPostTokens } from '../divar/post-tokens';
import { parsePostUrl } from '../divar/post-url';
import { AppError, type ErrorInfo, toErrorInfo } from '../errors';
import { MENU_IDS, MENU_ITEMS, type MenuItemSpec, type MenuTitleKey } from '../menus/items';
import { type MenuClick, type SearchOfTab, textForMenuClick } from '../menus/menu-text';

/** The context-menu and badge APIs the menus need (`browser.contextMenus`, `browser.action`). */
export interface MenuDeps {
  removeAllMenus(): Promise<void>;
  createMenu(item: Omit<MenuItemSpec, 'title'> & { title: string }): void;
  message(name: MenuTitleKey): string;
  copyText: CopyText;
  searchOf: SearchOfTab;
  /** Opens an extension page (e.g. `popup.html?url=…`) in a new tab. */
  openPage(path: string): Promise<void>;
  /** Starts fetching every result of the search a tab shows. */
  fetchAll(tabId: number | undefined): Promise<void>;
  /** Adds post tokens to the user's collection; returns how many it now holds. */
  collect(tokens: string[]): Promise<number>;
  /** The contact number of a post (login and daily cap checked by the background). */
  contactOf(token: string): Promise<string>;
  /** Starts fetching the details of these posts and shows them; returns the job id. */
  fetchTokens(tokens: string[]): Promise<string>;
  /** Shows a short badge on the tab's toolbar button ('' clears it). */
  setBadge(tabId: number | undefined, text: string, color: string): Promise<void>;
  /** Keeps the failure for the popup, which shows it in the user's language. */
  reportError(error: ErrorInfo): Promise<void>;
  /** Schedules work later (a clock, injected). */
  later(ms: number, run: () => void): void;
}

/** How long the ✓ or ! badge stays after a menu action. */
const BADGE_MS = 2000;

/** The manifest fields that decide whether the browser keeps context menus across restarts. */
export interface BackgroundManifest {
  manifest_version: number;
  background?: { persistent?: boolean; service_worker?: string };
}

/**
 * Whether the menus must be made at every background start, not on install only: Chrome's service
 * worker (and an event page) keeps its menus across browser restarts, but Firefox forgets those
 * of an MV2 persistent background page at every shutdown and fires no `onInstalled` at the next
 * start, so there they would be gone after the first restart.
 */
export function menusAtEveryStart(manifest: BackgroundManifest): boolean {
  return manifest.manifest_version === 2 && manifest.background?.persistent !== false;
}

/** (Re)creates every context-menu item; call on install and update (see menusAtEveryStart). */
export async function createMenus(deps: MenuDeps): Promise<void> {
  await deps.removeAllMenus();
  for (const item of MENU_ITEMS) deps.createMenu({ ...item, title: deps.message(item.title) });
}

/**
 * Runs the action behind a context-menu click, copies its text and flashes ✓ or ! on the
 * toolbar button; returns what was copied, or the error info when it failed.
 */
export async function handleMenuClick(click: MenuClick, tabId: number | undefined, deps: MenuDeps) {
  try {
    const id = String(click.menuItemId);
    if (id === MENU_IDS.showPostDetails && click.linkUrl) {
      if (!parsePostUrl(click.linkUrl))
        throw new AppError('not-divar-url', `not a divar post link: ${click.linkUrl}`);
      await deps.openPage(`/popup.html?url=${encodeURIComponent(click.linkUrl)}`);
      return { ok: true as const, text: '' };
    }
    if (id === MENU_IDS.fetchSelectionDetails) {
      const tokens = extractPostTokens(click.selectionText ?? '');
      if (tokens.length === 0)
        throw new AppError('no-post-links', 'the selection has no divar post links');
      const jobId = await deps.fetchTokens(tokens);
      await deps.openPage(`/results.html?job=${encodeURIComponent(jobId)}`);
      return { ok: true as const, text: '' };
    }
    if (id === MENU_IDS.addToCollection) {
      const link = click.linkUrl ? parsePostUrl(click.linkUrl) : undefined;
      const tokens = link ? [link.token] : extractPostTokens(click.selectionText ?? '');
      if (tokens.length === 0) throw new AppError('no-post-links', 'nothing to collect');
      const size = await deps.collect(tokens);
      await deps.setBadge(tabId, '✓', '#2e7d32');
      deps.later(BADGE_MS, () => void deps.setBadge(tabId, '', '#000'));
      return { ok: true as const, text: String(size) };
    }
    if (id === MENU_IDS.fetchAllResults) {
      await deps.fetchAll(tabId);
      await deps.setBadge(tabId, '✓', '#2e7d32');
      deps.later(BADGE_MS, () => void deps.setBadge(tabId, '', '#000'));
      return { ok: true as const, text: '' };
    }
    const contactPost =
      id === MENU_IDS.copyContact && click.linkUrl ? parsePostUrl(click.linkUrl) : undefined;
    const text = contactPost
      ? await deps.contactOf(contactPost.token)
      : await textForMenuClick(click, tabId, deps.searchOf);
    if (text === undefined) return undefined;
    await deps.copyText(text);
    await deps.setBadge(tabId, '✓', '#2e7d32');
    deps.later(BADGE_MS, () => void deps.setBadge(tabId, '', '#000'));
    return { ok: true as const, text };
  } catch (error) {
    const info = toErrorInfo(error);
    await deps.reportError(info);
    await deps.setBadge(tabId, '!', '#c62828');
    deps.later(BADGE_MS, () => void deps.setBadge(tabId, '', '#000'));
    return { ok: false as const, error: info };
  }
}
