import { describe, expect, it } from 'vitest';
import { cardsComparable, TOP_LEVEL_CATEGORIES } from '@/lib/content/compare-group';
import rows from '@/lib/divar/data/categories.json';

describe('cardsComparable', () => {
  it('knows divar’s top-level categories exactly (the roots of the category table)', () => {
    const roots = (rows as [string, string, string][]).filter(([, parent]) => !parent);
    expect([...TOP_LEVEL_CATEGORIES].sort()).toEqual(roots.map(([slug]) => slug).sort());
  });

  it.each([
    ['https://divar.ir/s/tehran/buy-apartment?size=40-90', true],
    ['https://divar.ir/s/tehran/car', true],
    ['https://divar.ir/s/tehran/computer-and-it', true],
    ['https://divar.ir/s/tehran', false],
    ['https://divar.ir/s/tehran/jobs', false],
    ['https://divar.ir/s/tehran/real-estate', false],
    ['https://divar.ir/s/iran/buy-apartment', false],
    ['https://divar.ir/s/tehran-province/buy-apartment', false],
    ['https://divar.ir/s/tehran/buy-apartment?cities=1,2', false],
    ['https://divar.ir/s/tehran/list/ماشین', false],
    ['not a url', false],
  ])('%s → %s', (href, expected) => {
    expect(cardsComparable(href)).toBe(expected);
  });
});
