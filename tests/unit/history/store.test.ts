import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { guardQuota } from '@/lib/history/quota';
import { openHistoryStore } from '@/lib/history/store';

let n = 0;
const fresh = () => openHistoryStore(`history-test-${n++}`);
const listing = (token: string, price: number) => ({
  token,
  facts: { price, title: 'ویلا', size: 200, seller: 'املاک آفتاب' },
});

describe('the history store', () => {
  it('records a batch in one go and counts only new or changed tokens', async () => {
    const store = await fresh();
    expect(await store.record([listing('gA', 10), listing('gB', 20)], 'crawl', 1)).toBe(2);
    expect(await store.record([listing('gA', 10), listing('gB', 15)], 'watch', 2)).toBe(1);
    const got = await store.get(['gA', 'gB', 'gNone']);
    expect([...got.keys()]).toEqual(['gA', 'gB']);
    expect(got.get('gB')?.observations).toHaveLength(2);
    expect(await store.count()).toBe(2);
  });

  it('marks removed listings and prunes those removed longest ago first', async () => {
    const store = await fresh();
    await store.record([listing('gA', 1), listing('gB', 1), listing('gC', 1)], 'crawl', 1);
    expect(await store.markRemoved(['gB', 'gNone'], 'not-found', 5)).toBe(1);
    expect(await store.markRemoved(['gA'], 'recrawl', 9)).toBe(1);
    expect(await store.pruneRemoved(1)).toBe(1);
    expect([...(await store.get(['gA', 'gB', 'gC'])).keys()]).toEqual(['gA', 'gC']);
  });

  it('finds tokens of the same seller, title and size', async () => {
    const store = await fresh();
    await store.record([listing('gOld', 1)], 'crawl', 1);
    await store.record([listing('gNew', 1)], 'card', 2);
    const key = (await store.get(['gNew'])).get('gNew')?.repostKey ?? '';
    expect((await store.sameKeys([key, key])).get(key)?.map((h) => h.token)).toEqual([
      'gOld',
      'gNew',
    ]);
  });

  it('clears everything', async () => {
    const store = await fresh();
    await store.record([listing('gA', 1)], 'crawl', 1);
    await store.clear();
    expect(await store.count()).toBe(0);
  });
});

describe('guardQuota', () => {
  it('says ok, then warns, then prunes removed listings first and trims last', async () => {
    const store = await fresh();
    await store.record([listing('gA', 1), listing('gB', 1)], 'crawl', 1);
    for (let i = 2; i < 10; i++) await store.record([listing('gB', i)], 'watch', i);
    await store.markRemoved(['gA'], 'not-found', 20);
    const at = (share: number) => async () => ({ usage: share * 100, quota: 100 });
    expect((await guardQuota(store, at(0.5), 1)).level).toBe('ok');
    expect((await guardQuota(store, at(0.85), 1)).level).toBe('warn');
    const pruned = await guardQuota(store, at(0.95), 1);
    expect(pruned).toMatchObject({ level: 'pruned', prunedListings: 1, trimmedListings: 1 });
    const left = await store.get(['gA', 'gB']);
    expect(left.has('gA')).toBe(false);
    expect(left.get('gB')?.observations).toHaveLength(4);
  });
});
