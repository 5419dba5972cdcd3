import { describe, expect, it } from 'vitest';
import { filterListings, NO_FILTER, parseAmount, sortListings } from '@/lib/results/view';
import { makeListing } from '../export/listings';

const a = makeListing({
  token: 'aaaaaaaa',
  title: 'ویلا استخردار',
  district: 'لواسان',
  price: 9e9,
  size: 300,
  pricePerSquareMetre: 3e7,
  publishedAt: '2026-11-01T00:00:00Z',
});
const b = makeListing({
  token: 'bbbbbbbb',
  title: 'خانه ويلايي',
  district: 'شمیران',
  price: 5e9,
  size: 120,
  pricePerSquareMetre: 4.2e7,
  publishedAt: '2026-11-03T00:00:00Z',
  imageCount: 0,
  imageUrls: [],
});
const c = makeListing({
  token: 'cccccccc',
  title: 'ویلا ۲ خوابه',
  district: 'کردان',
  price: undefined,
  size: undefined,
  pricePerSquareMetre: undefined,
  publishedAt: undefined,
  sortDate: '2026-11-02T00:00:00Z',
});
const d = makeListing({
  token: 'dddddddd',
  title: 'ویلا کوچک',
  district: 'کردان',
  price: 5e9,
  size: 90,
  publishedAt: '2026-10-30T00:00:00Z',
});
const all = [a, b, c, d];
const tokens = (list: { token: string }[]) => list.map((l) => l.token[0]).join('');

describe('sortListings', () => {
  it.each([
    ['price', 'asc', 'bdac'],
    ['price', 'desc', 'abdc'],
    ['size', 'asc', 'dbac'],
    ['pricePerSquareMetre', 'desc', 'dbac'],
    ['date', 'desc', 'bcad'],
    ['date', 'asc', 'dacb'],
  ] as const)('by %s %s: missing values last, ties in crawl order', (key, dir, order) => {
    expect(tokens(sortListings(all, { key, dir }))).toBe(order);
  });

  it('does not change the array it was given', () => {
    sortListings(all, { key: 'price', dir: 'asc' });
    expect(tokens(all)).toBe('abcd');
  });
});

describe('filterListings', () => {
  it('keeps everything with no filter', () => {
    expect(tokens(filterListings(all, NO_FILTER))).toBe('abcd');
  });

  it('matches every word in title, district or token, with Arabic letters and Persian digits unified', () => {
    expect(tokens(filterListings(all, { ...NO_FILTER, text: 'ویلایی' }))).toBe('b');
    expect(tokens(filterListings(all, { ...NO_FILTER, text: 'ویلا کردان' }))).toBe('cd');
    expect(tokens(filterListings(all, { ...NO_FILTER, text: 'ويلا 2' }))).toBe('c');
    expect(tokens(filterListings(all, { ...NO_FILTER, text: 'DDDD' }))).toBe('d');
  });

  it('keeps prices within the range and drops listings without a price when a range is set', () => {
    expect(tokens(filterListings(all, { ...NO_FILTER, minPrice: 5e9, maxPrice: 6e9 }))).toBe('bd');
    expect(tokens(filterListings(all, { ...NO_FILTER, minPrice: 6e9 }))).toBe('a');
    expect(tokens(filterListings(all, { ...NO_FILTER, maxPrice: 1e9 }))).toBe('');
  });

  it('keeps only listings with a photo when asked', () => {
    expect(tokens(filterListings(all, { ...NO_FILTER, hasPhoto: true }))).toBe('acd');
  });
});

describe('parseAmount', () => {
  it.each([
    ['5000000000', 5e9],
    ['۵٬۰۰۰٬۰۰۰٬۰۰۰', 5e9],
    ['5,000,000,000', 5e9],
    [' ۱۲۰ ', 120],
    ['', undefined],
    ['5e9', undefined],
    ['-3', undefined],
  ])('%j → %s', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });
});
