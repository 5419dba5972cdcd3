import { describe, expect, it } from 'vitest';
import { bazaarDay, formatArchitectures, formatSize, isolate } from '@/lib/pishkhan/format';
import { pishkhanText } from '@/lib/pishkhan/i18n';
import { pishkhanEn } from '@/lib/pishkhan/i18n/en';
import { pishkhanErrorsEn, pishkhanErrorsFa } from '@/lib/pishkhan/i18n/errors';
import { pishkhanFa } from '@/lib/pishkhan/i18n/fa';

describe('the Bazaar words', () => {
  it('exist in both languages, Persian first', () => {
    expect(Object.keys(pishkhanEn).sort()).toEqual(Object.keys(pishkhanFa).sort());
    expect(Object.keys(pishkhanErrorsEn).sort()).toEqual(Object.keys(pishkhanErrorsFa).sort());
  });

  it('never put a middle dot beside digits or placeholders (it reads as a Persian zero)', () => {
    const all = [...Object.values(pishkhanFa), ...Object.values(pishkhanErrorsFa)];
    expect(all.filter((text) => /[·•]/.test(text))).toEqual([]);
  });

  it('fill numbers with the language’s digits', () => {
    expect(pishkhanText('fa', 'release.rollout', { percent: 10 })).toBe('انتشار تدریجی: ۱۰٪');
    expect(pishkhanText('en', 'release.rollout', { percent: 10 })).toBe('Staged rollout: 10%');
  });
});

describe('Bazaar values as shown', () => {
  it('shows the day of a Bazaar date in both calendars (Bazaar sends no time zone)', () => {
    // Month spellings vary with the ICU data (ژوئیه / ژوئیهٔ): the day, month and year are checked.
    const day = bazaarDay('2021-07-18T16:24:25.944528', 'fa');
    expect(day?.jalali).toBe('۲۷ تیر ۱۴۰۰');
    expect(day?.gregorian).toMatch(/^۱۸ ژوئیه.? ۲۰۲۱$/);
    expect(bazaarDay('2021-10-09', 'en')).toEqual({
      jalali: 'Mehr 17, 1400 AP',
      gregorian: '9 Oct 2021',
    });
    expect(bazaarDay('yesterday', 'en')).toBeUndefined();
  });

  it('shows sizes in bytes, KB and MB', () => {
    expect(formatSize(16, 'en')).toBe('16 bytes');
    expect(formatSize(8801, 'en')).toBe('8.6 KB');
    expect(formatSize(1_227_887, 'fa')).toBe('۱٫۲ مگابایت');
  });

  it('names architectures, empty meaning all', () => {
    expect(formatArchitectures(['arm64-v8a'], 'en')).toBe('arm64-v8a');
    expect(formatArchitectures([], 'en')).toBe('all architectures (all)');
  });

  it('isolates foreign text with FSI and PDI', () => {
    expect(isolate('Done.')).toBe('\u2068Done.\u2069');
  });
});
