import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { LangContext } from '@/components/i18n';
import { ROW_HEIGHT, VirtualTable } from '@/components/results/VirtualTable';
import { columnsFor } from '@/lib/export/columns';
import { DEFAULT_COLUMNS } from '@/lib/export/default-columns';
import { makeListing } from '../export/listings';

const listings = Array.from({ length: 20_000 }, (_, i) =>
  makeListing({ token: `t${String(i).padStart(7, '0')}`, price: 1e9 + i }),
);

function renderTable(lang: 'fa' | 'en' = 'fa') {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const root = document.getElementById('root') as unknown as HTMLElement;
  const table = h(VirtualTable, {
    listings,
    columns: columnsFor(DEFAULT_COLUMNS.sale),
    sort: { key: 'price', dir: 'asc' },
    onSort: () => {},
    initialHeight: 340,
  });
  render(h(LangContext.Provider, { value: lang }, table), root);
  return root;
}

describe('VirtualTable', () => {
  it('puts only the rows in view (plus overscan) in the DOM, and spacers for the rest', () => {
    const root = renderTable();
    const rows = root.querySelectorAll('tbody tr[data-token]');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(30);
    expect(rows[0]?.getAttribute('aria-rowindex')).toBe('2');
    const spacer = root.querySelector('tr.vtable__spacer td') as HTMLElement | null;
    expect(spacer?.getAttribute('style')).toMatch(
      new RegExp(`^height: ?${(20_000 - rows.length) * ROW_HEIGHT}px`),
    );
    const section = root.querySelector('[data-testid="results-table"]');
    expect(section?.getAttribute('data-rows')).toBe('20000');
    expect(root.querySelector('table')?.getAttribute('aria-rowcount')).toBe('20001');
  });

  it('marks the sorted column for screen readers and shows numbers in the UI language', () => {
    const fa = renderTable('fa');
    const sorted = fa.querySelector('th[aria-sort="ascending"]');
    expect(sorted?.textContent).toContain('قیمت (تومان)');
    expect(fa.querySelector('tbody tr[data-token] td.num')?.textContent).toBe('۱٬۰۰۰٬۰۰۰٬۰۰۰');
    const en = renderTable('en');
    expect(en.querySelector('th[aria-sort="ascending"]')?.textContent).toContain('Price (toman)');
    expect(en.querySelector('tbody tr[data-token] td.num')?.textContent).toBe('1,000,000,000');
  });
});
