import { describe, expect, it } from 'vitest';
import { describeFilters } from '@/lib/divar/describe-filters';
import { parseSearchUrl } from '@/lib/divar/search-url';

describe('describeFilters', () => {
  it('names cities, category and districts, and keeps numbers as numbers', () => {
    const result = parseSearchUrl(
      'https://divar.ir/s/tehran/rent-residential/almahdi?credit=-350000000&elevator=true&rooms=%D8%AF%D9%88&districts=82',
    );
    if (!result.ok) throw new Error('unparsable');
    const described = describeFilters(result.query);
    expect(described.cities).toEqual(['تهران']);
    expect(described.category).toBe('اجارهٔ مسکونی');
    expect(described.rows).toEqual([
      { key: 'credit', value: { kind: 'range', min: undefined, max: 350000000 } },
      { key: 'elevator', value: { kind: 'yes' } },
      { key: 'rooms', value: { kind: 'text', text: 'دو' } },
      { key: 'districts', value: { kind: 'text', text: 'المهدی، پونک' } },
    ]);
  });
});
