import { describe, expect, it, vi } from 'vitest';
import { loadCurrentTab, tabIdFromSearch } from '@/lib/popup/current-tab';

const replies: Record<string, unknown> = {
  getTabPage: { ok: true, data: { page: { kind: 'other', url: 'https://divar.ir/' } } },
  takeLastError: { ok: true, data: null },
};
const send = vi.fn(async (message: unknown) => replies[(message as { type: string }).type]);

describe('loadCurrentTab', () => {
  it.each([
    ['?tab=12', 12],
    ['?tab=0', 0],
    ['?tab=-1', undefined],
    ['?tab=1e3', undefined],
    ['?tab=', undefined],
    ['', undefined],
  ])('reads %j as tab %s', (search, tabId) => {
    expect(tabIdFromSearch(search)).toBe(tabId);
  });

  it('describes the tab named in ?tab= without asking for the active one', async () => {
    const queryActiveTab = vi.fn();
    const tab = await loadCurrentTab({ search: '?tab=12', queryActiveTab, send });
    expect(tab).toEqual({
      tabId: 12,
      view: { page: { kind: 'other', url: 'https://divar.ir/' } },
      lastError: null,
    });
    expect(queryActiveTab).not.toHaveBeenCalled();
    expect(send).toHaveBeenCalledWith({ type: 'getTabPage', tabId: 12 });
  });

  it('falls back to the active tab, and says so when there is none', async () => {
    const tab = await loadCurrentTab({ search: '', queryActiveTab: async () => ({ id: 3 }), send });
    expect(tab.tabId).toBe(3);
    await expect(
      loadCurrentTab({ search: '', queryActiveTab: async () => undefined, send }),
    ).rejects.toMatchObject({
      kind: 'no-tab',
    });
  });
});
