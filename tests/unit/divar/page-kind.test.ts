import { describe, expect, it } from 'vitest';
import { classifyDivarUrl } from '@/lib/divar/page-kind';
import { referenceUrls } from '../../fixtures/files.ts';

const REFERENCE_URLS = referenceUrls();

describe('classifyDivarUrl', () => {
  it.each([
    [
      'https://divar.ir/s/tehran/rent-residential/almahdi?balcony=true',
      'tehran',
      'rent-residential',
      ['almahdi'],
    ],
    [
      'https://divar.ir/s/tehran/car/pride/sedan/petrol?q=x',
      'tehran',
      'car',
      ['pride', 'sedan', 'petrol'],
    ],
    ['https://divar.ir/s/iran/auto', 'iran', 'auto', []],
    ['https://divar.ir/s/karaj/buy-apartment', 'karaj', 'buy-apartment', []],
    ['https://divar.ir/s/tehran?q=%D8%AA%D9%88%D8%A7%D9%81%D9%82%DB%8C', 'tehran', undefined, []],
    ['https://divar.ir/s/tehran/', 'tehran', undefined, []],
  ])('reads the search page %s', (url, citySlug, categorySlug, subPath) => {
    expect(classifyDivarUrl(url)).toMatchObject({
      kind: 'search',
      citySlug,
      categorySlug,
      subPath,
    });
  });

  it('reads SEO keyword pages as searches with a keyword and no category', () => {
    expect(classifyDivarUrl('https://divar.ir/s/tehran/list/استخدام-منشی')).toMatchObject({
      kind: 'search',
      citySlug: 'tehran',
      categorySlug: undefined,
      keyword: 'استخدام-منشی',
    });
  });

  it('reads post pages with their token', () => {
    expect(classifyDivarUrl('https://divar.ir/v/-/AZ4LldV9')).toMatchObject({
      kind: 'post',
      token: 'AZ4LldV9',
    });
  });

  it.each([
    'https://divar.ir/',
    'https://divar.ir/my-divar/my-posts',
    'https://divar.ir/s',
    'https://divar.ir/v/',
  ])('calls %s another divar page', (url) => {
    expect(classifyDivarUrl(url)?.kind).toBe('other');
  });

  it.each([
    'https://example.com/s/tehran',
    'not a url',
    '',
    'https://api.divar.ir/v8/postlist/w/search',
  ])('refuses %j as not divar.ir', (url) => {
    expect(classifyDivarUrl(url)).toBeUndefined();
  });

  it('classifies every reference URL as a post or search page', () => {
    expect(REFERENCE_URLS.length).toBeGreaterThan(25);
    for (const url of REFERENCE_URLS) {
      const kind = url.includes('/v/') ? 'post' : 'search';
      expect(classifyDivarUrl(url)?.kind, url).toBe(kind);
    }
  });
});
