import { describe, expect, it } from 'vitest';
import { formatGregorian, formatJalali, formatNumber, formatToman } from '@/lib/i18n/format';

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
});
