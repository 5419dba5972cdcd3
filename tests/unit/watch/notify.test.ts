import { describe, expect, it } from 'vitest';
import { badgeText, formatAmounts, formatWhen } from '@/lib/watch/format';
import {
  notificationFor,
  notificationName,
  notificationTarget,
  postUrlOf,
} from '@/lib/watch/notify';
import type { WatchedSearch, WatchHit } from '@/lib/watch/types';

const AT = Date.UTC(2026, 8, 22, 9);
const search = { id: 'w-1', name: 'Flats', named: true } as WatchedSearch;
const hit = (token: string, extra: Partial<WatchHit> = {}): WatchHit => ({
  kind: 'new',
  token,
  url: `https://divar.ir/v/${token}`,
  title: `Flat ${token}`,
  at: AT,
  ...extra,
});

describe('notificationFor', () => {
  it('one new listing: its title and price, and a click opens the post', () => {
    const note = notificationFor('en', search, [hit('aaaaaaaa', { price: 2_500_000_000 })], AT);
    expect(note).toEqual({
      id: 'watch:w-1:post:aaaaaaaa',
      title: 'Flats: 1 new listings',
      message: 'Flat aaaaaaaa — 2,500,000,000 toman',
    });
    expect(notificationTarget(note.id)).toEqual({
      kind: 'post',
      watchId: 'w-1',
      token: 'aaaaaaaa',
    });
  });

  it('several: counts, the first three lines, "and N more", and a click opens the results view', () => {
    const hits = [
      hit('a1111111', { price: 1000 }),
      hit('b2222222', { kind: 'price-drop', price: 900, previous: { price: 1200 } }),
      hit('c3333333', { deposit: 100_000_000, monthlyRent: 5_000_000 }),
      hit('d4444444'),
      hit('e5555555'),
    ];
    const note = notificationFor('en', search, hits, AT);
    expect(note.title).toBe('Flats: 4 new listings, 1 price drops');
    expect(note.message.split('\n')).toEqual([
      'Flat a1111111 — 1,000 toman',
      'Flat b2222222 — 900 toman (was 1,200 toman)',
      'Flat c3333333 — deposit 100,000,000 toman, rent 5,000,000 toman',
      'and 2 more',
    ]);
    expect(notificationTarget(note.id)).toEqual({ kind: 'results', watchId: 'w-1' });
  });

  it('speaks Persian with Persian digits', () => {
    const note = notificationFor(
      'fa',
      search,
      [hit('aaaaaaaa', { price: 1500 }), hit('bbbbbbbb')],
      AT,
    );
    expect(note.title).toBe('Flats: ۲ آگهی تازه');
    expect(note.message).toContain('۱٬۵۰۰ تومان');
    expect(note.message).toContain('بدون قیمت');
  });

  it('ignores notification ids that are not ours', () => {
    expect(notificationTarget('kenar:1')).toBeUndefined();
    expect(notificationTarget('watch:w-1:other:x')).toBeUndefined();
    expect(notificationTarget('watch::post:x')).toBeUndefined();
  });
});

describe('notificationName', () => {
  // A page can make the extension watch any URL it navigates to, so URL text never reaches a
  // notification, where it would read as if divar said it.
  const fromUrl = (url: string) => ({ id: 'w-2', name: 'made from the URL', url }) as WatchedSearch;

  it('never shows text a page put in the URL (q=, unknown slugs), only the extension’s own words', () => {
    const planted = fromUrl('https://divar.ir/s/tehran/buy-apartment?q=Call+0912+to+claim+a+prize');
    expect(notificationName('en', planted)).toBe('آپارتمان');
    const note = notificationFor('en', planted, [hit('aaaaaaaa', { price: 1 })], AT);
    expect(`${note.title}\n${note.message}`).not.toMatch(/prize|0912|made from/);
    const unknown = fromUrl('https://divar.ir/s/tehran/win-a-prize-now?q=free');
    expect(notificationName('en', unknown)).toBe('Watched search');
    expect(notificationName('fa', unknown)).toBe('جستجوی پیگیری‌شده');
  });

  it('shows a name the user typed', () => {
    expect(notificationName('en', { ...fromUrl('https://divar.ir/s/tehran'), named: true })).toBe(
      'made from the URL',
    );
  });
});

describe('postUrlOf', () => {
  it('opens the stored divar post URL, and nothing else', () => {
    const slugged = 'https://divar.ir/v/%D8%A2%D9%BE%D8%A7%D8%B1%D8%AA%D9%85%D8%A7%D9%86/aaaaaaaa';
    expect(postUrlOf('aaaaaaaa', slugged)).toBe(slugged);
    expect(postUrlOf('aaaaaaaa', 'javascript:alert(1)')).toBe('https://divar.ir/v/aaaaaaaa');
    expect(postUrlOf('aaaaaaaa', 'https://evil.example/v/aaaaaaaa')).toBe(
      'https://divar.ir/v/aaaaaaaa',
    );
    expect(postUrlOf('aaaaaaaa', undefined)).toBe('https://divar.ir/v/aaaaaaaa');
  });
});

describe('format', () => {
  it('says when, relative to now', () => {
    expect(formatWhen('en', undefined, AT)).toBe('not yet');
    expect(formatWhen('en', AT + 20_000, AT)).toBe('just now');
    expect(formatWhen('en', AT - 5 * 60_000, AT)).toBe('5 min ago');
    expect(formatWhen('en', AT + 14 * 60_000, AT)).toBe('in 14 min');
    expect(formatWhen('fa', AT + 14 * 60_000, AT)).toBe('۱۴ دقیقهٔ دیگر');
  });

  it('writes amounts and the badge', () => {
    expect(formatAmounts('en', {})).toBe('no price');
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(140)).toBe('99+');
  });
});
