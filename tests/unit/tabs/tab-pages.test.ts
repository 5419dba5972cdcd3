import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from 'wxt/utils/storage';
import { classifyDivarUrl, type DivarPage } from '@/lib/divar/page-kind';
import type { PageStateAnswer } from '@/lib/divar/page-state';
import { createTabPageService } from '@/lib/tabs/tab-page-service';
import { createTabPagesStore } from '@/lib/tabs/tab-pages';

const page = (url: string) => classifyDivarUrl(url) as DivarPage;

describe('tab pages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers a page per tab in session storage and forgets it on request', async () => {
    const store = createTabPagesStore(storage);
    await store.set(1, { page: page('https://divar.ir/v/-/gammaxvi') });
    await store.set(2, { page: page('https://divar.ir/s/tehran/buy-apartment') });
    expect(await store.get(1)).toMatchObject({ page: { kind: 'post', token: 'gammaxvi' } });
    expect(await store.get(2)).toMatchObject({ page: { kind: 'search', citySlug: 'tehran' } });
    await store.remove(1);
    expect(await store.get(1)).toBeUndefined();
  });

  it('drops a malformed stored value instead of trusting it', async () => {
    await storage.setItem('session:tabPage:v2:5', { page: { kind: 'post', token: 42 } });
    const store = createTabPagesStore(storage);
    expect(await store.get(5)).toBeUndefined();
    expect(await storage.getItem('session:tabPage:v2:5')).toBeNull();
  });

  it('answers from what the content script reported while the tab URL is unchanged', async () => {
    const store = createTabPagesStore(storage);
    const urls = new Map([[3, 'https://divar.ir/v/-/gammaxvi']]);
    const service = createTabPageService(store, async (id) => urls.get(id));
    await service.pageSeen(3, 'https://divar.ir/v/-/gammaxvi');
    expect(await service.tabView(3)).toMatchObject({ page: { kind: 'post', token: 'gammaxvi' } });
  });

  it('follows the tab URL when it moved on, and says null for non-divar tabs', async () => {
    const store = createTabPagesStore(storage);
    const urls = new Map<number, string>([[3, 'https://divar.ir/s/mashhad/car']]);
    const service = createTabPageService(store, async (id) => urls.get(id));
    await service.pageSeen(3, 'https://divar.ir/v/-/gammaxvi');
    expect(await service.tabView(3)).toMatchObject({
      page: { kind: 'search', citySlug: 'mashhad' },
    });
    expect(await service.tabView(4)).toBeNull();
  });

  it('refuses a reported page that is not on divar.ir or has no tab', async () => {
    const service = createTabPageService(createTabPagesStore(storage), async () => undefined);
    await expect(service.pageSeen(1, 'https://example.com/')).rejects.toMatchObject({
      kind: 'not-divar-url',
    });
    await expect(service.pageSeen(undefined, 'https://divar.ir/')).rejects.toMatchObject({
      kind: 'no-tab',
    });
  });

  it('asks the tab for its page’s own filters once per load, and says why when they are unknown', async () => {
    const store = createTabPagesStore(storage);
    const search = 'https://divar.ir/s/tehran/buy-apartment';
    const pageState = { formDataJson: '{"data":{}}', cities: ['1'] };
    let answer: PageStateAnswer | undefined;
    const askTab = vi.fn(async (_tabId: number, _url: string) => answer);
    const service = createTabPageService(store, async () => search, askTab);
    // No content script answers (the tab was opened before the extension).
    expect((await service.tabView(1))?.search).toMatchObject({ stateMissing: 'not-reported' });
    await service.pageSeen(1, search);
    answer = { stateMissing: 'not-found' };
    expect((await service.tabView(1))?.search).toMatchObject({ stateMissing: 'not-found' });
    await service.pageSeen(1, search);
    answer = { stateMissing: 'navigated' };
    expect((await service.tabView(1))?.search).toMatchObject({ stateMissing: 'navigated' });
    await service.pageSeen(1, search);
    answer = { pageState };
    expect((await service.tabView(1))?.search).not.toHaveProperty('stateMissing');
    expect(await service.searchState(1, search)).toEqual(pageState);
    expect(askTab).toHaveBeenCalledTimes(4); // the answer for this load is remembered
    expect(askTab).toHaveBeenLastCalledWith(1, search);
  });
});
