import { describe, expect, it } from 'vitest';
import { wordsOf } from '@/lib/export/cell';
import { changeColumn, changeWords, groupCounts, listingsOfGroup } from '@/lib/history/change-view';
import type { JobChanges } from '@/lib/history/job-changes';
import { displayCell } from '@/lib/results/format';
import { listingOf } from './fixtures';

const current = [listingOf('gA', { price: 92 }), listingOf('gB'), listingOf('gD')];
const changes: JobChanges = {
  previousJobId: 'j1',
  previousAt: 0,
  added: ['gD'],
  removed: [listingOf('gC')],
  changed: [{ token: 'gA', amount: 'price', from: 100, to: 92, percent: -8 }],
};

describe('what changed since last time', () => {
  it('shows each group: this run’s added and re-priced, the last run’s removed', () => {
    expect(listingsOfGroup(current, changes, 'all')).toBe(current);
    expect(listingsOfGroup(current, changes, 'added').map((l) => l.token)).toEqual(['gD']);
    expect(listingsOfGroup(current, changes, 'changed').map((l) => l.token)).toEqual(['gA']);
    expect(listingsOfGroup(current, changes, 'removed').map((l) => l.token)).toEqual(['gC']);
    expect(groupCounts(current, changes)).toEqual({ all: 3, added: 1, removed: 1, changed: 1 });
  });

  it('writes the change column: old, new and percent; «تازه» for added; empty otherwise', () => {
    const column = changeColumn(changes);
    expect(displayCell(column, current[0] ?? listingOf('x'), 'fa')).toBe('از ۱۰۰ به ۹۲ (−۸٪)');
    expect(displayCell(column, current[0] ?? listingOf('x'), 'en')).toBe('100 → 92 (−8%)');
    expect(displayCell(column, current[2] ?? listingOf('x'), 'fa')).toBe('تازه');
    expect(displayCell(column, current[1] ?? listingOf('x'), 'fa')).toBe('');
    expect(changeWords({ ...changes.changed[0], percent: 12.5 } as never, 'en')).toBe(
      '100 → 92 (+12.5%)',
    );
  });

  it('keeps the table cell short (amounts in millions or billions) and exports the full amounts', () => {
    const big: JobChanges = {
      ...changes,
      changed: [{ token: 'gA', amount: 'price', from: 127e9, to: 116.84e9, percent: -8 }],
    };
    const column = changeColumn(big);
    const listing = current[0] ?? listingOf('x');
    // ICU puts a no-break space between the number and «میلیارد».
    expect(displayCell(column, listing, 'fa').replace(/\s/g, ' ')).toBe(
      'از ۱۲۷ میلیارد به ۱۱۶٫۸ میلیارد (−۸٪)',
    );
    expect(displayCell(column, listing, 'en')).toBe('127B → 116.8B (−8%)');
    expect(wordsOf(column, 'gA', 'en', listing)).toBe('127,000,000,000 → 116,840,000,000 (−8%)');
  });
});
