import { describe, expect, it } from 'vitest';
import {
  applyObservation,
  bounded,
  currentFacts,
  MAX_OBSERVATIONS,
  markedRemoved,
  repostKeyOf,
} from '@/lib/history/record';

const seen = (price: number, title = 'آپارتمان ۸۵ متری') => ({
  token: 'gAAAAAAA',
  facts: { price, title, size: 85, district: 'ونک' },
});

describe('applyObservation', () => {
  it('stores the first sight with every fact and later only what changed', () => {
    let h = applyObservation(undefined, seen(100), 'crawl', 1000);
    h = applyObservation(h, seen(100), 'card', 2000);
    expect(h.observations).toHaveLength(1);
    expect(h.lastSeen).toBe(2000);
    h = applyObservation(h, seen(90), 'watch', 3000);
    expect(h.observations).toEqual([
      {
        at: 1000,
        source: 'crawl',
        price: 100,
        title: 'آپارتمان ۸۵ متری',
        size: 85,
        district: 'ونک',
      },
      { at: 3000, source: 'watch', price: 90 },
    ]);
    expect(currentFacts(h).price).toBe(90);
    expect(h.firstSeen).toBe(1000);
  });

  it('never moves a record back when the clock jumps backwards, and counts the jump', () => {
    let h = applyObservation(undefined, seen(100), 'crawl', 5000);
    h = applyObservation(h, seen(80), 'card', 1000);
    expect(h.observations.map((o) => o.at)).toEqual([5000, 5000]);
    expect(h.lastSeen).toBe(5000);
    expect(h.clockBehind).toBe(1);
    expect(currentFacts(h).price).toBe(80);
  });

  it('keeps a bounded number of observations without losing the current facts', () => {
    let h = applyObservation(undefined, seen(1000), 'crawl', 0);
    for (let i = 1; i <= 60; i++) h = applyObservation(h, seen(1000 - i), 'watch', i);
    expect(h.observations).toHaveLength(MAX_OBSERVATIONS);
    expect(currentFacts(h)).toMatchObject({ price: 940, size: 85, title: 'آپارتمان ۸۵ متری' });
    expect(bounded(h.observations, 2)).toHaveLength(2);
  });

  it('clears the removed mark when a removed listing is seen again', () => {
    const h = markedRemoved(applyObservation(undefined, seen(1), 'crawl', 10), 'not-found', 20);
    expect(h.removed).toEqual({ at: 20, why: 'not-found' });
    expect(applyObservation(h, seen(1), 'card', 30).removed).toBeUndefined();
  });

  it('keys re-posts by seller (else district), title and size', () => {
    expect(repostKeyOf({ title: ' a  b ', size: 80, seller: 'املاک' })).toBe('s:املاک|a b|80');
    expect(repostKeyOf({ title: 'a', size: 80, district: 'ونک' })).toBe('d:ونک|a|80');
    expect(repostKeyOf({ title: 'a', district: 'ونک' })).toBeUndefined();
  });
});
