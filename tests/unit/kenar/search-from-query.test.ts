import { describe, expect, it } from 'vitest';
import { parseSearchUrl } from '@/lib/divar/search-url';
import { kenarSearchFromQuery } from '@/lib/kenar/search-from-query';

const query = (url: string) => {
  const result = parseSearchUrl(url);
  if (!result.ok) throw new Error(url);
  return result.query;
};

describe('kenarSearchFromQuery', () => {
  it('carries city, category, districts by slug, ranges and lists', () => {
    expect(
      kenarSearchFromQuery(
        query(
          'https://divar.ir/s/tehran/rent-apartment?districts=82&size=60-120&credit=-500000000&rooms=%D8%AF%D9%88&parking=true',
        ),
      ),
    ).toEqual({
      city: 'tehran',
      category: 'apartment-rent',
      districts: ['poonak'],
      query: {
        size: { min: '60', max: '120' },
        credit: { max: '500000000' },
        rooms: ['دو'],
        only_with_parking: true,
      },
    });
  });

  it('has no Kenar search for several cities or no category', () => {
    expect(
      kenarSearchFromQuery(query('https://divar.ir/s/iran/buy-residential?cities=1,1708')),
    ).toBeUndefined();
    expect(kenarSearchFromQuery(query('https://divar.ir/s/tehran?q=x'))).toBeUndefined();
  });
});
