import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { badgeText } from '@/lib/content/badge-host';
import { badgeTexts, readCard, renderBadges } from '@/lib/content/card-badges';

const card = (token: string, title: string, price: string) => `
  <article class="unsafe-kt-post-card"><a class="unsafe-kt-post-card__action" href="/v/x/${token}">
    <h2 class="unsafe-kt-post-card__title">${title}</h2>
    <div class="unsafe-kt-post-card__description">نو</div>
    <div class="unsafe-kt-post-card__description">${price}</div></a></article>`;

const page = (cards: string) =>
  parseHTML(`<html><body><div id="post-list-container-id">${cards}</div></body></html>`).document;

/** What each card's badge says, read through the closed root only the content script holds. */
const badgeTextsOf = (doc: Document) => [...doc.querySelectorAll('article')].map(badgeText);

describe('card badges', () => {
  it('reads token, price and size from a card', () => {
    const doc = page(card('gapa1FMk', '۸۰ متر/۲ خواب/بازسازی شده', '۳۵,۰۰۰,۰۰۰,۰۰۰ تومان'));
    const article = doc.querySelector('article');
    expect(article && readCard(article)).toEqual({
      token: 'gapa1FMk',
      price: 35_000_000_000,
      size: 80,
    });
  });

  it('gives price per metre and the distance from the median', () => {
    const texts = badgeTexts(
      [
        { token: 'aaaaaaaa', price: 10e9, size: 100 },
        { token: 'bbbbbbbb', price: 12e9, size: 100 },
        { token: 'cccccccc', price: 9e9, size: 100 },
        { token: 'dddddddd' },
      ],
      'en',
    );
    expect(texts.get('aaaaaaaa')).toBe('100M/m², at median');
    expect(texts.get('bbbbbbbb')).toBe('120M/m², 20% above median');
    expect(texts.get('cccccccc')).toBe('90M/m², 10% below median');
    expect(texts.has('dddddddd')).toBe(false);
  });

  it('adds one badge per card, and updates rather than duplicates on a second pass', () => {
    const doc = page(
      card('aaaaaaaa', 'ویلا ۱۰۰ متر', '۱۰,۰۰۰,۰۰۰,۰۰۰ تومان') +
        card('bbbbbbbb', 'ویلا ۱۰۰ متر', '۱۲,۰۰۰,۰۰۰,۰۰۰ تومان') +
        card('cccccccc', 'ویلا ۱۰۰ متر', 'توافقی'),
    );
    expect(renderBadges(doc, 'fa')).toBe(2);
    renderBadges(doc, 'fa');
    // One host per card, the same for cards with and without a text, so presence tells nothing.
    expect(doc.querySelectorAll('divar-actions-badge')).toHaveLength(3);
    const [first, , third] = badgeTextsOf(doc);
    expect(first).toContain('میلیون/متر');
    expect(third).toBe('');
  });

  it('marks cards the extension already fetched or collected', () => {
    const doc = page(card('aaaaaaaa', 'ویلا', 'توافقی') + card('bbbbbbbb', 'ویلا', 'توافقی'));
    renderBadges(doc, 'en', {
      fetched: new Set(['aaaaaaaa']),
      collected: new Set(['aaaaaaaa', 'bbbbbbbb']),
    });
    expect(badgeTextsOf(doc)).toEqual(['✓ fetched, ★ collected', '★ collected']);
  });

  it('keeps marks in closed shadow roots: the page’s DOM holds no mark text', () => {
    const doc = page(card('aaaaaaaa', 'ویلا', 'توافقی') + card('bbbbbbbb', 'ویلا', 'توافقی'));
    renderBadges(doc, 'en', { fetched: new Set(['aaaaaaaa']), collected: new Set() });
    const hosts = [...doc.querySelectorAll('divar-actions-badge')];
    expect(hosts.map((h) => [h.shadowRoot, h.textContent, h.getAttribute('style')])).toEqual([
      [null, '', hosts[0]?.getAttribute('style')],
      [null, '', hosts[0]?.getAttribute('style')],
    ]);
    expect(doc.documentElement.outerHTML).not.toContain('fetched');
  });
});
