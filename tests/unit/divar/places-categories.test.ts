import { describe, expect, it } from 'vitest';
import { categoryFromPath, categoryLineage, pathOfCategory } from '@/lib/divar/categories';
import { districtBySlug, placeById, placeBySlug } from '@/lib/divar/places';
import { normalizePersian, toAsciiDigits } from '@/lib/divar/text';

describe('places', () => {
  it('knows every level of the one place-id space', () => {
    expect(placeBySlug('tehran')).toMatchObject({ id: 1, level: 'city' });
    expect(placeBySlug('iran')).toMatchObject({ id: 715, level: 'country' });
    expect(placeBySlug('azarbaijan-east-province')).toMatchObject({ id: 891, level: 'province' });
    expect(placeById(198)).toMatchObject({ level: 'district', parentId: 1 });
  });

  it('resolves districts only within their city (names repeat across cities)', () => {
    // District ids confirmed in captured traffic (NOTES §3.4).
    expect(districtBySlug('saadat-abad', [1])?.id).toBe(75);
    expect(districtBySlug('abshar-tehran', [1])?.id).toBe(907);
    expect(districtBySlug('heravi', [1])?.id).toBe(1024);
    expect(districtBySlug('shahrak-milad', [4])?.id).toBe(1442);
    expect(districtBySlug('shahrak-milad', [1])).toBeUndefined();
  });
});

describe('categories', () => {
  it.each([
    ['buy-apartment', 'apartment-sell', 'captured'],
    ['rent-residential', 'residential-rent', 'captured'],
    ['car', 'light', 'reported'],
    ['buy-villa', 'house-villa-sell', 'analogy'],
    ['mobile-phones', 'mobile-phones', 'identical'],
    ['flying-carpets', 'flying-carpets', 'unverified'],
  ])('maps the URL path %s to %s (%s)', (path, slug, evidence) => {
    expect(categoryFromPath(path)).toMatchObject({ path, slug, evidence });
  });

  it('walks a category up to its root and back to a path', () => {
    expect(categoryLineage('apartment-sell')).toEqual([
      'apartment-sell',
      'residential-sell',
      'real-estate',
    ]);
    expect(categoryLineage('light')).toEqual(['light', 'cars', 'vehicles']);
    expect(pathOfCategory('apartment-rent')).toBe('rent-apartment');
  });
});

describe('text', () => {
  it('turns Persian and Arabic-Indic digits into ASCII', () => {
    expect(toAsciiDigits('۱۴۰۵-٢٠ and 7')).toBe('1405-20 and 7');
  });

  it('compares names without ZWNJ or Arabic letters getting in the way', () => {
    expect(normalizePersian('سعادت\u200cآباد')).toBe(normalizePersian('سعادتآباد'));
    expect(normalizePersian('علي  كريمي')).toBe('علی کریمی');
  });
});
