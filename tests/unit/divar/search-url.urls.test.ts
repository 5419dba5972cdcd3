import { describe, expect, it } from 'vitest';
import { parseSearchUrl } from '@/lib/divar/search-url';
import { referenceUrls } from '../../fixtures/files.ts';

// Expected requests written by hand from NOTES §3 and the samples, one per search URL in
// tests/fixtures/divar-web/urls.txt (never produced by the code under test).
const range = (minimum?: string, maximum?: string) => {
  const bounds = {
    ...(minimum !== undefined && { minimum }),
    ...(maximum !== undefined && { maximum }),
  };
  return { number_range: { ...bounds, value: bounds } };
};
const list = (...value: string[]) => ({ repeated_string: { value } });
const yes = { boolean: { value: true } };
const cat = (value: string) => ({ str: { value } });

const EXPECTED: Record<
  string,
  { cityIds: string[]; formData: object; query?: string; sort?: string }
> = {
  '/s/tehran/rent-residential/almahdi?balcony': {
    cityIds: ['1'],
    formData: {
      category: cat('residential-rent'),
      balcony: yes,
      credit: range('300000000', '600000000'),
      districts: list('143', '82', '920'), // almahdi = 143 (NOTES §3.4) plus districts=920,82
      rent: range('20000000', '60000000'),
      rooms: list('دو', 'یک'),
      size: range('80', '120'),
    },
  },
  '/s/mashhad/rent-residential/janbaz': {
    cityIds: ['3'],
    formData: {
      category: cat('residential-rent'),
      districts: list('1124', '442', '497'), // janbaz = 497 in the places table
      credit: range(undefined, '100000000'),
      rent: range(undefined, '3000000'),
      size: range(undefined, '90'),
    },
  },
  '/s/tehran/rent-apartment?credit=-350000000': {
    cityIds: ['1'],
    formData: {
      category: cat('apartment-rent'),
      credit: range(undefined, '350000000'),
      rent: range('0', '0'),
      floor: range('4', '30'),
      'has-photo': yes,
      elevator: yes,
      parking: yes,
      rent_to_single: yes,
    },
  },
  '/s/tehran/rent-apartment?credit=100000000-500000000': {
    cityIds: ['1'],
    formData: { category: cat('apartment-rent'), credit: range('100000000', '500000000') },
  },
  '/s/tehran/car/pride/sedan/petrol': {
    cityIds: ['1'],
    formData: { category: cat('light'), brand_model: list('pride sedan petrol') },
    query: 'ماشین',
    sort: 'sort_date',
  },
  '/s/mashhad/car?q=': {
    cityIds: ['3'],
    formData: {
      category: cat('light'),
      motor_status: list('healthy'),
      usage: range(undefined, '130000'),
      price: range('200000000', '300000000'),
      body_status: list('intact'),
    },
    query: 'پراید',
  },
  '/s/tehran?q=%D8%AA': { cityIds: ['1'], formData: {}, query: 'توافقی' },
  '/s/isfahan/rent-temporary?q=': {
    cityIds: ['4'],
    formData: { category: cat('temporary-rent') },
    query: 'ویلا',
  },
  '/s/isfahan/rent-residential/shahrak-milad': {
    cityIds: ['4'],
    formData: {
      category: cat('residential-rent'),
      'business-type': list('personal'),
      // shahrak-milad = 1442, as the URL's own map_place_hash lists it (NOTES §3.1)
      districts: list('1442', '1443', '1444', '1446', '1467', '1605', '1606', '2387'),
    },
  },
  '/s/isfahan/car/peugeot/206-sd/v8': {
    cityIds: ['4'],
    formData: {
      category: cat('light'),
      brand_model: list('peugeot 206-sd v8'),
      price: range(undefined, '400000000'),
      'production-year': range('1390', undefined),
      usage: range(undefined, '120000'),
      'has-photo': yes,
    },
  },
  '/s/iran/auto': { cityIds: ['715'], formData: { category: cat('cars') } },
  '/s/iran/buy-residential': {
    cityIds: ['1', '1708'],
    formData: {
      category: cat('residential-sell'),
      bbox: {
        repeated_float: {
          value: [51.3005066, 35.7437935, 51.3155823, 35.7472916].map((value) => ({ value })),
        },
      },
    },
  },
  '/s/tehran/real-estate/west-tehran-pars': {
    cityIds: ['1'],
    formData: { category: cat('real-estate'), districts: list('108', '109', '947') },
  },
  '/s/karaj/buy-apartment': { cityIds: ['2'], formData: { category: cat('apartment-sell') } },
  '/s/shiraz/rent-temporary-suite-apartment': {
    cityIds: ['6'],
    formData: { category: cat('suite-apartment') },
  },
  '/s/tehran/laptop-notebook-macbook/apple': {
    cityIds: ['1'],
    formData: { category: cat('laptop-notebook-macbook'), 'goods-business-type': list('personal') },
  },
  '/s/tehran?goods-business-type=all': { cityIds: ['1'], formData: {}, query: 'lenovo' },
  '/s/tehran/refrigerator-freezer/like-new': {
    cityIds: ['1'],
    formData: {
      category: cat('refrigerator-freezer'),
      status: list('used', 'repair-needed'),
      'has-photo': yes,
      'non-negotiable': yes,
      exchange: list('exclude-exchanges'),
    },
  },
  '/s/tehran/jobs': { cityIds: ['1'], formData: { category: cat('jobs') } },
  '/s/tehran/list/jobs-company-secretary': {
    cityIds: ['1'],
    formData: {},
    query: 'jobs company secretary',
  },
  '/s/tehran/list/استخدام-منشی': { cityIds: ['1'], formData: {}, query: 'استخدام منشی' },
};

const urls = referenceUrls('https://divar.ir/s/');

describe('parseSearchUrl over every search URL in urls.txt', () => {
  it('has an expectation for every URL and no stale ones', () => {
    const prefixes = Object.keys(EXPECTED);
    for (const url of urls) {
      const hits = prefixes.filter((prefix) => url.startsWith(`https://divar.ir${prefix}`));
      expect(hits, url).toHaveLength(1);
    }
    expect(urls.length).toBe(prefixes.length);
  });

  it.each(urls)('%s', (url) => {
    const [, expected] =
      Object.entries(EXPECTED).find(([prefix]) => url.startsWith(`https://divar.ir${prefix}`)) ??
      [];
    const result = parseSearchUrl(url);
    expect(result.ok).toBe(true);
    if (!result.ok || !expected) return;
    expect(result.query.cityIds).toEqual(expected.cityIds);
    expect(result.query.formData).toEqual(expected.formData);
    expect(result.query.query).toBe(expected.query);
    expect(result.query.sort).toBe(expected.sort);
  });
});
