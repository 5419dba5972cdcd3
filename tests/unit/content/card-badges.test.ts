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
  it('reads token, price, size and title from a card', () => {
    const doc = page(card('gapa1FMk', '۸۰ متر/۲ خواب/بازسازی شده', '۳۵,۰۰۰,۰۰۰,۰۰۰ تومان'));
    const article = doc.querySelector('article');
    expect(article && readCard(article)).toEqual({
      token: 'gapa1FMk',
      price: 35_000_000_000,
      size: 80,
      title: '۸۰ متر/۲ خواب/بازسازی شده',
    });
  });

  it('reads a card again when divar reuses its element for another listing, not before', () => {
    const doc = page(card('gapa1FMk', '۸۰ متر', '۳۵,۰۰۰,۰۰۰,۰۰۰ تومان'));
    const article = doc.querySelector('article') as Element;
    expect(readCard(article)?.size).toBe(80);
    // Same link, same target: the reading stands (a redraw reads nothing).
    (article.querySelector('h2') as Element).textContent = '۹۰ متر';
    expect(readCard(article)?.size).toBe(80);
    // The link now points at another listing.
    article.querySelector('a')?.setAttribute('href', '/v/y/gbbb2GNl');
    expect(readCard(article)).toMatchObject({ token: 'gbbb2GNl', size: 90 });
    // The card's content was replaced with another listing's.
    article.innerHTML = card('gccc3HOm', '۶۰ متر', '۱۲,۰۰۰,۰۰۰,۰۰۰ تومان')
      .replace(/^\s*<article[^>]*>/, '')
      .replace(/<\/article>\s*$/, '');
    expect(readCard(article)).toMatchObject({ token: 'gccc3HOm', size: 60, price: 12e9 });
  });

  it('skips a card whose link is not a URL instead of throwing into the page', () => {
    const doc = page(card('gapa1FMk', '۸۰ متر', '۱ تومان').replace('/v/x/gapa1FMk', 'http://['));
    const article = doc.querySelector('article');
    expect(article && readCard(article)).toBeUndefined();
  });

  it('gives price per metre and, among 8 or more comparable cards, the distance from the median', () => {
    // Eight flats of 100 m² at 9 to 12.5 billion (median 10.5 billion), one negotiable.
    const priced = [9, 9.5, 10, 10.5, 10.5, 11, 12, 12.5].map((b, i) => ({
      token: `card000${i}`,
      price: b * 1e9,
      size: 100,
    }));
    const texts = badgeTexts([...priced, { token: 'dddddddd' }], 'en');
    expect(texts.get('card0000')).toBe('90M per m², 14% below median');
    expect(texts.get('card0003')).toBe('105M per m², at median');
    expect(texts.get('card0007')).toBe('125M per m², 19% above median');
    expect(texts.has('dddddddd')).toBe(false);
    expect(badgeTexts(priced, 'fa').get('card0000')).toBe('۹۰ میلیون هر متر، ۱۴٪ ارزان‌تر از میانه');
  });

  it('compares nothing with fewer than 8 priced cards, or cards of mixed categories or cities', () => {
    const cards = [9, 10, 11, 12, 13, 14, 15].map((b, i) => ({
      token: `card000${i}`,
      price: b * 1e9,
    }));
    expect([...badgeTexts(cards, 'en').values()]).toEqual([]);
    const eight = [...cards, { token: 'card0007', price: 16e9 }];
    expect(badgeTexts(eight, 'en').get('card0000')).toMatch(/below median/);
    expect([...badgeTexts(eight, 'en', false).values()]).toEqual([]);
  });

  it('writes only the wanted cards, still comparing them with every card', () => {
    const cards = [9, 10, 11, 12, 13, 14, 15, 16].map((b, i) => ({
      token: `card000${i}`,
      price: b * 1e9,
    }));
    const one = badgeTexts(cards, 'en', true, (token) => token === 'card0000');
    expect([...one.keys()]).toEqual(['card0000']);
    expect(one.get('card0000')).toBe(badgeTexts(cards, 'en').get('card0000'));
  });

  it('never compares a placeholder price, and keeps it out of the median', () => {
    const cards = [
      ...[9, 10, 11, 12, 13, 14, 15, 16].map((b, i) => ({ token: `card000${i}`, price: b * 1e6 })),
      { token: 'cheapone', price: 1000 },
      { token: 'absurdly', price: 9e12 },
    ];
    const texts = badgeTexts(cards, 'fa');
    expect(texts.has('cheapone')).toBe(false);
    expect(texts.has('absurdly')).toBe(false);
    // The median is 12.5 million, not pulled by the placeholders.
    expect(texts.get('card0003')).toBe('۴٪ ارزان‌تر از میانه');
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
    expect(first).toContain('میلیون هر متر');
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
