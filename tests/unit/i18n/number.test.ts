import { describe, expect, it } from 'vitest';
import { formatNumber } from '@/lib/i18n/number';

const samples = [
  0,
  -0,
  1,
  7,
  12,
  999,
  1000,
  1234,
  12345,
  123456,
  1234567,
  35_000_000_000,
  160_000_000,
  -1,
  -1234,
  -1234567.5,
  0.25,
  0.5,
  1.5,
  2.5,
  -2.5,
  1.005,
  1.125,
  12.345,
  0.0004,
  -0.0004,
  99.95,
  1e-7,
  0.0005,
  -0.0005,
  0.9995,
  9999.9995,
  0.000_999_5,
  999_999.9996,
  2 ** 53,
  1e20,
  123_456_789.123_456,
];

describe('formatNumber', () => {
  it('writes every sample as toLocaleString does, in Persian and English, at 0 to 3 decimals', () => {
    const random = Array.from({ length: 400 }, (_, i) => (Math.sin(i * 7.3) * 10 ** (i % 12)) / 7);
    for (const lang of ['fa', 'en'] as const)
      for (const digits of [0, 1, 2, 3])
        for (const value of [...samples, ...random])
          expect(formatNumber(lang, value, digits), `${lang} ${value} ${digits}`).toBe(
            value.toLocaleString(lang === 'fa' ? 'fa-IR' : 'en-US', {
              maximumFractionDigits: digits,
            }),
          );
  });

  it('groups Persian numbers with the Arabic thousands separator, never a dot that reads as zero', () => {
    expect(formatNumber('fa', 35_000_000)).toBe('۳۵٬۰۰۰٬۰۰۰');
    expect(formatNumber('fa', 8.25, 1)).toBe('۸٫۳');
    expect(formatNumber('en', 35_000_000)).toBe('35,000,000');
  });

  it('leaves what only Intl can write to Intl', () => {
    expect(formatNumber('en', Number.POSITIVE_INFINITY)).toBe('∞');
    expect(formatNumber('en', 1e21)).toBe((1e21).toLocaleString('en-US'));
  });
});
