import { describe, expect, it, vi } from 'vitest';
import { createMenus, handleMenuClick, type MenuDeps } from '@/lib/background/menus';
import { AppError } from '@/lib/errors';
import { COPY_POST_TOKEN_MENU_ID, POST_LINK_PATTERNS } from '@/lib/menus/copy-token';

function fakeDeps(copy: (text: string) => Promise<void> = async () => {}) {
  const badges: string[] = [];
  const timers: (() => void)[] = [];
  const deps: MenuDeps = {
    removeAllMenus: vi.fn(async () => {}),
    createMenu: vi.fn(),
    message: (name) => `[${name}]`,
    copyText: vi.fn(copy),
    reportError: vi.fn(async () => {}),
    setBadge: async (_tab, text) => void badges.push(text),
    later: (_ms, run) => void timers.push(run),
  };
  return { deps, badges, timers };
}

describe('context menus', () => {
  it('offers "Copy post token" on divar post links only', async () => {
    const { deps } = fakeDeps();
    await createMenus(deps);
    expect(deps.removeAllMenus).toHaveBeenCalled();
    expect(deps.createMenu).toHaveBeenCalledWith({
      id: COPY_POST_TOKEN_MENU_ID,
      title: '[menuCopyPostToken]',
      contexts: ['link'],
      targetUrlPatterns: POST_LINK_PATTERNS,
    });
  });

  it('copies the token of the clicked link and flashes ✓, then clears the badge', async () => {
    const { deps, badges, timers } = fakeDeps();
    const linkUrl = 'https://divar.ir/v/%D8%A2%D9%BE%D8%A7%D8%B1%D8%AA%D9%85%D8%A7%D9%86/gammaxvi';
    const result = await handleMenuClick({ menuItemId: COPY_POST_TOKEN_MENU_ID, linkUrl }, 4, deps);
    expect(result).toEqual({ ok: true, token: 'gammaxvi' });
    expect(deps.copyText).toHaveBeenCalledWith('gammaxvi');
    for (const run of timers) run();
    expect(badges).toEqual(['✓', '']);
  });

  it('reports a link that is not a post, and copies nothing', async () => {
    const { deps, badges } = fakeDeps();
    const result = await handleMenuClick(
      { menuItemId: COPY_POST_TOKEN_MENU_ID, linkUrl: 'https://divar.ir/s/tehran' },
      4,
      deps,
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-divar-url' } });
    expect(deps.copyText).not.toHaveBeenCalled();
    expect(deps.reportError).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'not-divar-url' }),
    );
    expect(badges[0]).toBe('!');
  });

  it('reports a clipboard failure with its kind', async () => {
    const { deps } = fakeDeps(async () => {
      throw new AppError('clipboard', 'denied');
    });
    const result = await handleMenuClick(
      { menuItemId: COPY_POST_TOKEN_MENU_ID, linkUrl: 'https://divar.ir/v/gammaxvi' },
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
});
