import { describe, expect, it } from 'vitest';
import { describeFilters } from '@/lib/divar/describe-filters';
import { brandModelText, filterLabel, filterValueText } from '@/lib/divar/filter-text';
import { searchTitle } from '@/lib/divar/search-title';
import { parseSearchUrl } from '@/lib/divar/search-url';

const queryOf = (url: string) => {
  const result = parseSearchUrl(url);
  if (!result.ok) throw new Error(`unparsable: ${url}`);
  return result.query;
};

describe('describeFilters', () => {
  it('names cities, category (sale or rent) and districts, and keeps numbers as numbers', () => {
    const query = queryOf(
      'https://divar.ir/s/tehran/rent-residential/almahdi?credit=-350000000&elevator=true&rooms=%D8%AF%D9%88&districts=82',
    );
    const described = describeFilters(query, 'fa');
    expect(described.cities).toEqual(['تهران']);
    expect(described.category).toBe('اجارهٔ مسکونی');
    expect(described.rows).toEqual([
      { key: 'credit', value: { kind: 'range', min: undefined, max: 350000000 } },
      { key: 'elevator', value: { kind: 'yes' } },
      { key: 'rooms', value: { kind: 'items', items: ['دو'] } },
      { key: 'districts', value: { kind: 'items', items: ['المهدی', 'پونک'] } },
    ]);
    expect(describeFilters(query, 'en').cities).toEqual(['Tehran']);
  });
});

describe('filter words', () => {
  it('writes every value in Persian words and digits, never a slug or a Latin digit', () => {
    const query = queryOf(
      'https://divar.ir/s/tehran/buy-apartment?rooms=2&size=40-90&business-type=personal%2C&recent_ads=1d&has-photo=true&parking=true',
    );
    const rows = describeFilters(query, 'fa').rows;
    const text = Object.fromEntries(
      rows.map((r) => [r.key, filterValueText(r.key, r.value, 'fa')]),
    );
    expect(text).toEqual({
      rooms: '۲',
      size: 'از ۴۰ تا ۹۰',
      'business-type': 'شخصی',
      recent_ads: '۱ روز اخیر',
      'has-photo': 'بله',
      parking: 'دارد',
    });
    expect(filterLabel('non-negotiable', 'fa')).toBe('فقط قیمت مقطوع');
    expect(filterLabel('some_new_key', 'fa')).toBe('فیلتر دیگر');
    expect(filterLabel('some_new_key', 'en')).toBe('Some new key');
    expect(brandModelText('peugeot-206-tip-2', 'fa')).toBe('پژو ۲۰۶ tip ۲');
    expect(brandModelText('peugeot-206', 'en')).toBe('Peugeot 206');
  });

  it('names a search by category (sale or rent said), cities and words', () => {
    expect(searchTitle(queryOf('https://divar.ir/s/tehran/buy-apartment'), 'fa')).toBe(
      'فروش آپارتمان، تهران',
    );
    expect(searchTitle(queryOf('https://divar.ir/s/tehran/rent-villa?q=حیاط'), 'fa')).toBe(
      'اجارهٔ خانه و ویلا، تهران، «حیاط»',
    );
    expect(searchTitle(queryOf('https://divar.ir/s/tehran/buy-apartment'), 'en')).toBe(
      'Apartment for sale, Tehran',
    );
    expect(searchTitle(queryOf('https://divar.ir/s/shiraz/car'), 'fa')).toBe('سواری و وانت، شیراز');
  });
});
