import { describe, expect, it } from 'vitest';
import {
  formatGregorian,
  formatJalali,
  formatNumber,
  formatToman,
  joinParts,
} from '@/lib/i18n/format';

describe('format', () => {
  it('writes numbers with Persian digits in Persian', () => {
    expect(formatNumber('fa', 35000)).toBe('۳۵٬۰۰۰');
    expect(formatToman('en', 2500)).toBe('2,500 toman');
  });

  it('writes dates in the Persian calendar, Tehran time', () => {
    // 2026-09-13T13:49Z is 22 Shahrivar 1405, 17:19 in Tehran (the gammaxvi sample).
    expect(formatJalali('fa', '2026-09-13T13:49:00Z')).toContain('۱۴۰۵');
    expect(formatJalali('fa', '2026-09-13T13:49:00Z')).toContain('۱۷:۱۹');
    expect(formatJalali('en', '2026-09-13T13:49:00Z')).toContain('1405');
    expect(formatGregorian('en', '2026-09-13T13:49:00Z')).toContain('2026');
  });

  it('joins parts of a line with «، » in Persian, never «·»', () => {
    expect(joinParts('fa', ['۲۴ آگهی', undefined, '۲ صفحه'])).toBe('۲۴ آگهی، ۲ صفحه');
    expect(joinParts('en', ['24 listings', false, '2 pages'])).toBe('24 listings, 2 pages');
  });
});
