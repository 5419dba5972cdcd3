import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { LangContext } from '@/components/i18n';
import { VirtualTable } from '@/components/results/VirtualTable';
import { PLAIN_COLUMNS, plainRowsHtml } from '../../../bench/plain-table';
import { benchListings } from '../../../bench/results-listings';

const listings = benchListings(30);

/** An element as text with its attributes in name order (the two renderers order them apart). */
function canonical(node: Node): string {
  if (node.nodeType !== 1) return node.textContent ?? '';
  const el = node as Element;
  const attrs = [...el.attributes]
    .map((a) => `${a.name}="${a.value}"`)
    .sort()
    .join(' ');
  return `<${el.localName} ${attrs}>${[...el.childNodes].map(canonical).join('')}</${el.localName}>`;
}

function virtualRows(): string[] {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const root = document.getElementById('root') as unknown as HTMLElement;
  const table = h(VirtualTable, {
    listings,
    columns: PLAIN_COLUMNS,
    sort: undefined,
    onSort: () => {},
    initialHeight: 340,
  });
  render(h(LangContext.Provider, { value: 'fa' }, table), root);
  return [...root.querySelectorAll('tbody tr[data-token]')].map(canonical);
}

describe('the scroll bench’s plain table', () => {
  it('holds the same rows, cells, text and attributes as the virtual table renders', () => {
    const rendered = virtualRows();
    expect(rendered.length).toBeGreaterThan(5);
    const { document } = parseHTML(
      `<table><tbody>${plainRowsHtml(listings, false)}</tbody></table>`,
    );
    const plain = [...document.querySelectorAll('tbody tr')].map(canonical);
    expect(plain).toHaveLength(listings.length);
    expect(plain.slice(0, rendered.length)).toEqual(rendered);
  });
});
