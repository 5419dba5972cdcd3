import { describe, expect, it } from 'vitest';
import { parseSearchUrl } from '@/lib/divar/search-url';
import { toSearchUrl } from '@/lib/divar/search-url-build';

function ok(url: string) {
  const result = parseSearchUrl(url);
  if (!result.ok) throw new Error(`expected ${url} to parse: ${JSON.stringify(result.errors)}`);
  return result.query;
}

function errorsOf(url: string) {
  const result = parseSearchUrl(url);
  return result.ok ? [] : result.errors;
}

describe('parseSearchUrl: cities', () => {
  it.each<[string, string[]]>([
    ['tehran', ['1']],
    ['yasuj', ['38']],
    ['yasouj', ['38']],
    ['iran', ['715']],
    ['isfahan-province', ['890']],
    ['azarbaijan-east-province', ['891']],
    ['kahrizak', ['1708']],
  ])('resolves /s/%s', (slug, ids) => {
    expect(ok(`https://divar.ir/s/${slug}/jobs`).cityIds).toEqual(ids);
  });

  it('accepts both slug spellings of a place', () => {
    expect(ok('https://divar.ir/s/tehran/real-estate/poonak').pathDistrict?.id).toBe('82');
    expect(ok('https://divar.ir/s/tehran/real-estate/punak').pathDistrict?.id).toBe('82');
  });

  it('lets cities= override the path city, and says so', () => {
    const query = ok('https://divar.ir/s/iran/jobs?cities=1,۱۷۰۸');
    expect(query.cityIds).toEqual(['1', '1708']);
    expect(query.notes.map((n) => n.kind)).toContain('city-override');
  });

  it('reports an unknown city instead of guessing', () => {
    expect(errorsOf('https://divar.ir/s/atlantis/jobs')).toEqual([
      expect.objectContaining({ kind: 'unknown-city', value: 'atlantis' }),
    ]);
  });
});

describe('parseSearchUrl: categories and sub-paths', () => {
  it('flags a category path the tables do not know, and passes it through', () => {
    const query = ok('https://divar.ir/s/tehran/space-ships');
    expect(query.formData.category).toEqual({ str: { value: 'space-ships' } });
    expect(query.notes).toContainEqual(
      expect.objectContaining({ kind: 'unverified-category', value: 'space-ships' }),
    );
  });

  it('swaps verb and noun for real-estate paths', () => {
    expect(ok('https://divar.ir/s/tehran/buy-commercial').category?.slug).toBe('commercial-sell');
    expect(ok('https://divar.ir/s/tehran/rent-apartment').category).toMatchObject({
      slug: 'apartment-rent',
      evidence: 'captured',
    });
  });

  it('builds brand_model from a mobile path and flags it', () => {
    const query = ok('https://divar.ir/s/tehran/mobile-phones/samsung/galaxy-s21');
    expect(query.formData.brand_model).toEqual({
      repeated_string: { value: ['samsung galaxy-s21'] },
    });
    expect(query.notes.map((n) => n.kind)).toContain('unverified-brand-model');
  });

  it('prefers an explicit brand_model parameter over the path', () => {
    const query = ok('https://divar.ir/s/tehran/car/peugeot?brand_model=Peugeot%20206');
    expect(query.formData.brand_model).toEqual({ repeated_string: { value: ['Peugeot 206'] } });
    expect(query.brandModelFromPath).toBe(false);
  });
});

describe('parseSearchUrl: parameters', () => {
  it('reads ranges in every form, negative minimums and Persian or Arabic-Indic digits', () => {
    const query = ok(
      'https://divar.ir/s/tehran/buy-apartment?floor=-1-6&size=۴۰-۱۴۰&price=٥٠٠-&building-age=-20',
    );
    expect(query.formData.floor).toMatchObject({ number_range: { minimum: '-1', maximum: '6' } });
    expect(query.formData.size).toMatchObject({ number_range: { minimum: '40', maximum: '140' } });
    expect(query.formData.price).toMatchObject({ number_range: { minimum: '500' } });
    expect(query.formData['building-age']).toMatchObject({ number_range: { maximum: '20' } });
  });

  it('reads + and %20 as spaces in q', () => {
    expect(ok('https://divar.ir/s/tehran?q=%D9%BE%DA%98%D9%88+206').query).toBe('پژو 206');
    expect(ok('https://divar.ir/s/tehran?q=a%20b').query).toBe('a b');
  });

  it('tolerates a trailing comma and merges repeated list parameters', () => {
    const query = ok(
      'https://divar.ir/s/tehran/jobs?business-type=personal%2C&districts=75&districts=88,',
    );
    expect(query.formData['business-type']).toEqual({ repeated_string: { value: ['personal'] } });
    expect(query.formData.districts).toEqual({ repeated_string: { value: ['75', '88'] } });
  });

  it('guesses a wrapper for an unknown parameter and reports it', () => {
    const query = ok(
      'https://divar.ir/s/tehran/jobs?salary=10-20&remote=true&skills=a,b&level=senior',
    );
    expect(query.formData).toMatchObject({
      salary: { number_range: { minimum: '10', maximum: '20' } },
      remote: { boolean: { value: true } },
      skills: { repeated_string: { value: ['a', 'b'] } },
      level: { str: { value: 'senior' } },
    });
    expect(query.notes.filter((n) => n.kind === 'inferred-param').map((n) => n.param)).toEqual([
      'salary',
      'remote',
      'skills',
      'level',
    ]);
  });

  it('ignores map state, paging and tracking parameters', () => {
    const query = ok(
      'https://divar.ir/s/tehran/jobs?map_interaction=x&page=3&utm_source=t&map_interacted=true',
    );
    expect(Object.keys(query.formData)).toEqual(['category']);
  });

  it('notes a map_place_hash that disagrees with the URL', () => {
    const query = ok(
      'https://divar.ir/s/tehran/buy-apartment?map_place_hash=1%7C%7Capartment-rent',
    );
    expect(query.notes).toContainEqual(expect.objectContaining({ kind: 'map-hash-mismatch' }));
    const agreeing = ok(
      'https://divar.ir/s/tehran/buy-apartment?map_place_hash=1%7C%7Capartment-sell',
    );
    expect(agreeing.notes.map((n) => n.kind)).not.toContain('map-hash-mismatch');
  });

  it.each([
    ['price=abc', 'price'],
    ['size=90-20', 'size'],
    ['size=-', 'size'],
    ['elevator=maybe', 'elevator'],
    ['districts=75,north', 'districts'],
    ['bbox=1,2,3', 'bbox'],
    ['cities=tehran', 'cities'],
    ['rooms=,', 'rooms'],
  ])('reports %s instead of sending it', (param, name) => {
    const errors = errorsOf(`https://divar.ir/s/tehran/buy-apartment?${param}`);
    expect(errors).toContainEqual(expect.objectContaining({ kind: 'bad-value', param: name }));
  });

  it.each([
    'https://divar.ir/v/gammaxvi',
    'https://example.com/s/tehran',
    'nonsense',
    'https://divar.ir/',
    'https://divar.ir/s/',
  ])('says %s is not a divar search page', (url) => {
    expect(errorsOf(url)).toEqual([expect.objectContaining({ kind: 'not-divar-search' })]);
  });
});

describe('toSearchUrl', () => {
  it.each([
    'https://divar.ir/s/tehran/buy-apartment?price=-400&size=40-',
    'https://divar.ir/s/tehran/real-estate/west-tehran-pars?districts=109%2C947',
    'https://divar.ir/s/isfahan/car/peugeot/206-sd/v8?production-year=1390-',
    'https://divar.ir/s/iran/buy-residential?cities=1%2C1708',
    'https://divar.ir/s/tehran/list/استخدام-منشی',
    'https://divar.ir/s/tehran?q=a+b&sort=sort_date',
    'https://divar.ir/s/tehran/list/jobs-secretary?q=other+words',
  ])('gives back a URL that reads as the same query: %s', (url) => {
    const first = ok(url);
    const again = ok(toSearchUrl(first));
    expect({ ...again, notes: [] }).toEqual({ ...first, notes: [] });
  });

  it('keeps the path district in the path and out of districts=', () => {
    const url = toSearchUrl(ok('https://divar.ir/s/tehran/rent-residential/almahdi?districts=920'));
    expect(url).toBe('https://divar.ir/s/tehran/rent-residential/almahdi?districts=920');
  });
});
