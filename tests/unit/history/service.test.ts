import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHistoryService } from '@/lib/history/service';
import type { HistoryStore } from '@/lib/history/store';
import { openHistoryStore } from '@/lib/history/store';
import { listingOf } from './fixtures';

const DAY = 86_400_000;
let n = 0;

function setup(options: { passive?: boolean; store?: Promise<HistoryStore>; share?: number } = {}) {
  let clock = Date.UTC(2026, 10, 1);
  const saved: unknown[] = [];
  const logs: unknown[] = [];
  let passive = options.passive ?? true;
  const service = createHistoryService({
    store: options.store ?? openHistoryStore(`service-${n++}`),
    settings: {
      passive: async () => passive,
      setPassive: async (enabled: boolean) => {
        passive = enabled;
      },
      quota: async () => undefined,
      saveQuota: async (state) => void saved.push(state),
    },
    estimate: async () => ({ usage: (options.share ?? 0.1) * 1000, quota: 1000 }),
    now: () => clock,
    log: (...args) => void logs.push(args),
  });
  const tick = (ms: number) => {
    clock += ms;
  };
  return { service, saved, logs, tick, now: () => clock };
}

describe('the history service', () => {
  it('tells a card only when there is something to say: a drop, a re-post, a long stay', async () => {
    const t = setup();
    const seller = { sellerName: 'املاک آفتاب', size: 85, title: 'آپارتمان ۸۵ متری' };
    await t.service.record(
      [listingOf('gOld', { price: 100, ...seller }), listingOf('gQuiet', { price: 5 })],
      'crawl',
    );
    await t.service.markRemoved(['gOld'], 'not-found');
    t.tick(3 * DAY);
    await t.service.record([listingOf('gNew', { price: 100, ...seller })], 'crawl');
    t.tick(40 * DAY);
    await t.service.recordCards([
      { token: 'gNew', facts: { price: 92, title: 'آپارتمان ۸۵ متری' } },
    ]);
    const notes = await t.service.cardNotes(['gNew', 'gQuiet', 'gNone']);
    expect(Object.keys(notes)).toEqual(['gNew', 'gQuiet']);
    expect(notes.gNew).toEqual({
      change: { percent: -8, since: t.now() - 40 * DAY },
      reposted: true,
      days: 43,
    });
    expect(notes.gQuiet).toEqual({ days: 43 });
    const post = await t.service.postHistory('gNew');
    expect(post?.repost).toMatchObject({ token: 'gOld', match: 'seller-title-size' });
    expect(post?.points.map((p) => p.value)).toEqual([100, 92]);
    expect(post?.changes).toEqual([{ at: t.now(), from: 100, to: 92, percent: -8 }]);
  });

  it('records no card while passive recording is off, but still answers from other sources', async () => {
    const t = setup({ passive: false });
    expect(await t.service.recordCards([{ token: 'gA', facts: { price: 1, title: 'a' } }])).toBe(0);
    expect((await t.service.status()).tokens).toBe(0);
    await t.service.setPassive(true);
    expect(await t.service.recordCards([{ token: 'gA', facts: { price: 1, title: 'a' } }])).toBe(1);
    expect(await t.service.status()).toMatchObject({ tokens: 1, passive: true });
  });

  it('on a quota error prunes, saves the warning and records the batch once more', async () => {
    const real = await openHistoryStore(`service-quota-${n++}`);
    let fail = true;
    const store: HistoryStore = {
      ...real,
      record: async (...args) => {
        if (fail) {
          fail = false;
          throw new DOMException('full', 'QuotaExceededError');
        }
        return real.record(...args);
      },
    };
    const t = setup({ store: Promise.resolve(store), share: 0.85 });
    expect(await t.service.record([listingOf('gA', { price: 1 })], 'watch')).toBe(1);
    expect(t.saved).toMatchObject([{ level: 'warn' }]);
    expect((await t.service.amounts(['gA'])).get('gA')).toEqual({ price: 1 });
  });

  it('never throws into the work that fed it', async () => {
    const broken = {
      record: async () => Promise.reject(new Error('disk')),
    } as unknown as HistoryStore;
    const t = setup({ store: Promise.resolve(broken) });
    expect(await t.service.record([listingOf('gA')], 'crawl')).toBe(0);
    expect(t.logs).toHaveLength(1);
  });
});

describe('cards without a title', () => {
  it('are no sight of a listing: not recorded, so a removed mark stays', async () => {
    const t = setup();
    await t.service.record([listingOf('gA', { price: 1 })], 'crawl');
    await t.service.markRemoved(['gA'], 'not-found');
    expect(await t.service.recordCards([{ token: 'gA', facts: {} }])).toBe(0);
    expect((await t.service.postHistory('gA'))?.removed?.why).toBe('not-found');
  });
});
