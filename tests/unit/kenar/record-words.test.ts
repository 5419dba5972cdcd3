import { describe, expect, it } from 'vitest';
import { recordWords } from '@/lib/kenar/record-words';

describe('recordWords', () => {
  const record = {
    state: 'PUBLISHED',
    category: 'apartment-rent',
    city: 'karaj',
    district: 'terminal-kalanteri',
  };

  it('says a record’s codes as Persian words', () => {
    expect(recordWords(record, 'fa')).toEqual({
      state: 'منتشرشده',
      category: 'اجارهٔ آپارتمان',
      city: 'کرج',
      district: 'ترمینال کلانتری',
    });
  });

  it('says them in English', () => {
    expect(recordWords(record, 'en')).toEqual({
      state: 'Published',
      category: 'Apartment for rent',
      city: 'Karaj',
      district: 'Terminal kalanteri',
    });
  });

  it('keeps what the tables do not know as Kenar sent it', () => {
    const odd = { state: 'ARCHIVED_V2', category: 'moon-rent', city: 'atlantis', district: 'x' };
    expect(recordWords(odd, 'fa')).toEqual(odd);
  });

  it('does not look a district up in another city', () => {
    expect(recordWords({ city: 'tehran', district: 'terminal-kalanteri' }, 'fa')).toEqual({
      state: undefined,
      category: undefined,
      city: 'تهران',
      district: 'terminal-kalanteri',
    });
  });

  it('leaves missing fields missing', () => {
    expect(recordWords({}, 'en')).toEqual({
      state: undefined,
      category: undefined,
      city: undefined,
      district: undefined,
    });
  });
});
