import { describe, expect, it, vi } from 'vitest';
import {
  createMenus,
  handleMenuClick,
  type MenuDeps,
  menusAtEveryStart,
} from '@/lib/background/menus';
import { describeSearch } from '@/lib/divar/search-info';
import { AppError } from '@/lib/errors';
import { MENU_IDS, MENU_ITEMS, POST_LINK_PATTERNS, SEARCH_PAGE_PATTERNS } from '@/lib/menus/items';

const SEARCH_URL = 'https://divar.ir/s/tehran/buy-apartment?size=40-90';

function fakeDeps(copy: (text: string) => Promise<void> = async () => {}, searchUrl = SEARCH_URL) {
  const badges: string[] = [];
  const timers: (() => void)[] = [];
  const deps: MenuDeps = {
    removeAllMenus: vi.fn(async () => {}),
    createMenu: vi.fn(),
    message: (name) => `[${name}]`,
    copyText: vi.fn(copy),
    openPage: vi.fn(async () => {}),
    fetchAll: vi.fn(async () => {}),
    fetchTokens: vi.fn(async () => 'job-1'),
    contactOf: vi.fn(async () => '09120000000'),
    collect: vi.fn(async (tokens: string[]) => tokens.length),
    searchOf: async (tabId) => (tabId === 4 ? describeSearch(searchUrl, undefined) : undefined),
    reportError: vi.fn(async () => {}),
    setBadge: async (_tab, text) => void badges.push(text),
    later: (_ms, run) => void timers.push(run),
  };
  return { deps, badges, timers };
}

describe('context menus', () => {
  it('creates every item with its localised title, post links and search pages only', async () => {
    const { deps } = fakeDeps();
    await createMenus(deps);
    expect(deps.removeAllMenus).toHaveBeenCalled();
    expect(deps.createMenu).toHaveBeenCalledTimes(MENU_ITEMS.length);
    expect(deps.createMenu).toHaveBeenCalledWith({
      id: MENU_IDS.copyPostToken,
      title: '[menuCopyPostToken]',
      contexts: ['link'],
      targetUrlPatterns: POST_LINK_PATTERNS,
    });
    for (const item of MENU_ITEMS.filter((i) => i.id.startsWith('copy-search'))) {
      expect(item.documentUrlPatterns).toEqual(SEARCH_PAGE_PATTERNS);
    }
  });

  it('copies the token of the clicked link and flashes ✓, then clears the badge', async () => {
    const { deps, badges, timers } = fakeDeps();
    const linkUrl = 'https://divar.ir/v/%D8%A2%D9%BE%D8%A7%D8%B1%D8%AA%D9%85%D8%A7%D9%86/gammaxvi';
    const result = await handleMenuClick({ menuItemId: MENU_IDS.copyPostToken, linkUrl }, 4, deps);
    expect(result).toEqual({ ok: true, text: 'gammaxvi' });
    expect(deps.copyText).toHaveBeenCalledWith('gammaxvi');
    for (const run of timers) run();
    expect(badges).toEqual(['✓', '']);
  });

  it('copies every post token of a selection, one per line', async () => {
    const { deps } = fakeDeps();
    const selectionText = 'ببین https://divar.ir/v/-/AZ4LldV9 و divar.ir/v/gammaxvi';
    await handleMenuClick({ menuItemId: MENU_IDS.copySelectionTokens, selectionText }, 4, deps);
    expect(deps.copyText).toHaveBeenCalledWith('AZ4LldV9\ngammaxvi');
  });

  it('copies the search request of the tab as cURL or JSON', async () => {
    const { deps } = fakeDeps();
    await handleMenuClick({ menuItemId: MENU_IDS.copySearchCurl }, 4, deps);
    expect(vi.mocked(deps.copyText).mock.calls[0]?.[0]).toMatch(
      /^curl 'https:\/\/api\.divar\.ir\/v8\/postlist\/w\/search'/,
    );
    await handleMenuClick({ menuItemId: MENU_IDS.copySearchJson }, 4, deps);
    expect(JSON.parse(vi.mocked(deps.copyText).mock.calls[1]?.[0] ?? '').city_ids).toEqual(['1']);
  });

  it.each([
    [
      { menuItemId: MENU_IDS.copyPostToken, linkUrl: 'https://divar.ir/s/tehran' },
      4,
      'not-divar-url',
    ],
    [
      { menuItemId: MENU_IDS.copySelectionTokens, selectionText: 'nothing here' },
      4,
      'no-post-links',
    ],
    [{ menuItemId: MENU_IDS.copySearchJson }, 9, 'not-divar-url'],
  ])('reports %j without copying', async (click, tabId, kind) => {
    const { deps, badges } = fakeDeps();
    const result = await handleMenuClick(click, tabId, deps);
    expect(result).toMatchObject({ ok: false, error: { kind } });
    expect(deps.copyText).not.toHaveBeenCalled();
    expect(deps.reportError).toHaveBeenCalledWith(expect.objectContaining({ kind }));
    expect(badges[0]).toBe('!');
  });

  it('refuses to copy a search whose URL has an unreadable value', async () => {
    const { deps } = fakeDeps(undefined, 'https://divar.ir/s/tehran/buy-apartment?size=90-20');
    const result = await handleMenuClick({ menuItemId: MENU_IDS.copySearchCurl }, 4, deps);
    expect(result).toMatchObject({ ok: false, error: { kind: 'bad-search-url' } });
  });

  it('reports a clipboard failure with its kind', async () => {
    const { deps } = fakeDeps(async () => {
      throw new AppError('clipboard', 'denied');
    });
    const result = await handleMenuClick(
      { menuItemId: MENU_IDS.copyPostToken, linkUrl: 'https://divar.ir/v/gammaxvi' },
      undefined,
      deps,
    );
    expect(result).toEqual({ ok: false, error: { kind: 'clipboard', message: 'denied' } });
  });

  it('ignores clicks on other menu items', async () => {
    const { deps } = fakeDeps();
    expect(await handleMenuClick({ menuItemId: 'something-else' }, 1, deps)).toBeUndefined();
    expect(deps.copyText).not.toHaveBeenCalled();
  });

  it('opens the details of a post link and starts fetching a search page', async () => {
    const { deps } = fakeDeps();
    const linkUrl = 'https://divar.ir/v/x/gammaxvi';
    await handleMenuClick({ menuItemId: MENU_IDS.showPostDetails, linkUrl }, 4, deps);
    expect(deps.openPage).toHaveBeenCalledWith(`/popup.html?url=${encodeURIComponent(linkUrl)}`);
    await handleMenuClick({ menuItemId: MENU_IDS.fetchAllResults }, 4, deps);
    expect(deps.fetchAll).toHaveBeenCalledWith(4);
    expect(deps.copyText).not.toHaveBeenCalled();
  });

  it('fetches the details of the post links in a selection and opens their results', async () => {
    const { deps } = fakeDeps();
    const selectionText = 'https://divar.ir/v/-/AZ4LldV9 و divar.ir/v/gammaxvi';
    await handleMenuClick({ menuItemId: MENU_IDS.fetchSelectionDetails, selectionText }, 4, deps);
    expect(deps.fetchTokens).toHaveBeenCalledWith(['AZ4LldV9', 'gammaxvi']);
    expect(deps.openPage).toHaveBeenCalledWith('/results.html?job=job-1');
  });

  it('copies the contact number of a post link', async () => {
    const { deps } = fakeDeps();
    await handleMenuClick(
      { menuItemId: MENU_IDS.copyContact, linkUrl: 'https://divar.ir/v/x/gammaxvi' },
      4,
      deps,
    );
    expect(deps.contactOf).toHaveBeenCalledWith('gammaxvi');
    expect(deps.copyText).toHaveBeenCalledWith('09120000000');
  });

  it('adds a post link, or the post links of a selection, to the collection', async () => {
    const { deps } = fakeDeps();
    await handleMenuClick(
      { menuItemId: MENU_IDS.addToCollection, linkUrl: 'https://divar.ir/v/x/gammaxvi' },
      4,
      deps,
    );
    expect(deps.collect).toHaveBeenCalledWith(['gammaxvi']);
    await handleMenuClick(
      { menuItemId: MENU_IDS.addToCollection, selectionText: 'divar.ir/v/-/AZ4LldV9' },
      4,
      deps,
    );
    expect(deps.collect).toHaveBeenLastCalledWith(['AZ4LldV9']);
  });
});

describe('when the menus are made', () => {
  it('at every start for an MV2 persistent background page (Firefox forgets them at shutdown)', () => {
    expect(menusAtEveryStart({ manifest_version: 2, background: {} })).toBe(true);
    expect(menusAtEveryStart({ manifest_version: 2, background: { persistent: true } })).toBe(true);
  });

  it('on install only where the browser keeps them: a service worker or an event page', () => {
    expect(menusAtEveryStart({ manifest_version: 3, background: {} })).toBe(false);
    expect(menusAtEveryStart({ manifest_version: 2, background: { persistent: false } })).toBe(
      false,
    );
  });
});
