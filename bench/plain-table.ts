import type { Page } from '@playwright/test';
import type { Listing } from '../lib/divar/listing/types';
import { columnsFor } from '../lib/export/columns';
import { DEFAULT_COLUMNS } from '../lib/export/default-columns';
import { textLang } from '../lib/i18n/text-lang';
import { displayCell } from '../lib/results/format';

/** The columns the results page shows for a sale search until the user chooses. */
export const PLAIN_COLUMNS = columnsFor(DEFAULT_COLUMNS.sale);

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

const data = (text: string) => {
  const lang = textLang(text);
  return `<bdi dir="auto"${lang ? ` lang="${lang}"` : ''}>${escapeHtml(text)}</bdi>`;
};

/**
 * Every listing as the results table's rows (the same cells, text, attributes and classes as
 * `RowCells` renders in Persian, with a check box first when rows can be selected), for the
 * plain-table baseline of the scroll bench.
 */
export function plainRowsHtml(listings: readonly Listing[], selectable: boolean): string {
  return listings
    .map((listing, index) => {
      const cells = PLAIN_COLUMNS.map((column) => {
        const text = displayCell(column, listing, 'fa');
        const title = escapeHtml(text);
        if (column.key === 'title') {
          return `<td title="${title}"><a href="${escapeHtml(listing.url)}" target="_blank" rel="noreferrer">${data(text)}</a></td>`;
        }
        if (column.kind === 'number') return `<td class="num" title="${title}">${title}</td>`;
        const inner = column.kind === 'text' || column.kind === 'list' ? data(text) : title;
        return `<td title="${title}">${inner}</td>`;
      });
      const select = selectable
        ? `<td><input type="checkbox" aria-label="${escapeHtml(listing.title)}" data-testid="select-row"></td>`
        : '';
      return `<tr data-token="${listing.token}" aria-rowindex="${index + 2}">${select}${cells.join('')}</tr>`;
    })
    .join('');
}

/**
 * The baseline table: the results page itself (same box, header, styles and fonts) with its
 * scroll box swapped for a copy without the virtual table's listener, every row of the job in
 * its body as the results table renders them, laid out once before the measurement.
 */
export async function showSameCellsTable(page: Page, url: string, listings: readonly Listing[]) {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('results:all-loaded').length > 0);
  const heads = await page.locator('[data-testid=results-table] thead th').count();
  const selectable = heads === PLAIN_COLUMNS.length + 1;
  if (!selectable && heads !== PLAIN_COLUMNS.length)
    throw new Error(`the page shows ${heads} columns`);
  const shown = await page.evaluate(
    (html) => {
      const box = document.querySelector('[data-testid=results-table]') as HTMLElement;
      const copy = box.cloneNode(true) as HTMLElement;
      box.replaceWith(copy);
      const body = copy.querySelector('tbody') as HTMLTableSectionElement;
      body.innerHTML = html;
      return copy.scrollHeight > 0 ? body.rows.length : 0;
    },
    plainRowsHtml(listings, selectable),
  );
  if (shown !== listings.length) throw new Error(`plain table holds ${shown} rows`);
}

/**
 * The first baseline: a table that only scrolls (`rows` rows of five short Persian cells in the
 * page's document, default styles), laid out before the measurement.
 */
export async function showBareTable(page: Page, url: string, rows: number) {
  await page.goto(url);
  await page.evaluate((n) => {
    const cells = Array.from(
      { length: n },
      (_, i) =>
        `<tr><td>${i}</td><td>آگهی ${i}</td><td>${(1e9 + i).toLocaleString('fa-IR')}</td><td>۸۰</td><td>تهران</td></tr>`,
    );
    document.body.innerHTML = `<table>${cells.join('')}</table>`;
  }, rows);
}
