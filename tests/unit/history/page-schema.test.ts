import { describe, expect, it } from 'vitest';
import { MAX_PAGE_CARDS, observedCards, pageCardsSchema } from '@/lib/history/page-schema';

describe('cards sent by a divar page', () => {
  it('keeps a card whose odd field drifts, without that field, and skips tokenless ones', () => {
    const { observed, skipped } = observedCards([
      { token: 'gAAAAAAA', price: 100, size: 'big', title: 'x' },
      { token: '../../etc', price: 1 },
      'not a card',
    ]);
    expect(observed).toEqual([{ token: 'gAAAAAAA', facts: { price: 100, title: 'x' } }]);
    expect(skipped).toBe(2);
  });

  it('refuses more cards than one message may carry', () => {
    const cards = Array.from({ length: MAX_PAGE_CARDS + 1 }, () => ({ token: 'gAAAAAAA' }));
    expect(pageCardsSchema.safeParse(cards).success).toBe(false);
  });
});
