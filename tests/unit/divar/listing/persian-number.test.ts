import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount, parsePersianNumber } from '@/lib/divar/listing/persian-number';

// Fixed by default so CI is repeatable; FC_SEED=<n> explores other inputs locally.
const seed = Number(process.env.FC_SEED ?? 20261122);
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

describe('parsePersianNumber', () => {
  it.each([
    ['۹۸', 98],
    ['۱۳۸۴', 1384],
    ['۲۰۹,۱۸۳,۰۰۰', 209183000],
    ['۹۵۰٬۰۰۰٬۰۰۰', 950000000],
    ['\u200f۲۰,۵۰۰,۰۰۰,۰۰۰', 20500000000],
    ['٣٥', 35],
    ['129', 129],
    ['-۱', -1],
    ['۳٫۵', 3.5],
  ])('%j → %d', (text, value) => {
    expect(parsePersianNumber(text)).toBe(value);
  });

  it.each(['', 'قبل از ۱۳۷۰', '۳ از ۵', 'حداقل ۱ سال', '۱۲,۳۴', 'توافقی'])(
    '%j is not a number',
    (text) => {
      expect(parsePersianNumber(text)).toBeUndefined();
    },
  );
});

describe('parseAmount', () => {
  it.each([
    ['۳۵,۰۰۰,۰۰۰,۰۰۰ تومان', { kind: 'toman', value: 35_000_000_000 }],
    ['\u200f۲۰,۵۰۰,۰۰۰,۰۰۰ تومان', { kind: 'toman', value: 20_500_000_000 }],
    ['۴٬۰۰۰٬۰۰۰٬۰۰۰ تومان', { kind: 'toman', value: 4_000_000_000 }],
    ['ماهانه ۱۵,۰۰۰,۰۰۰ تومان', { kind: 'toman', value: 15_000_000 }],
    ['۱۲ میلیون تومان', { kind: 'toman', value: 12_000_000 }],
    ['۱٫۱ میلیارد', { kind: 'toman', value: 1_100_000_000 }],
    ['توافقی', { kind: 'negotiable' }],
    ['پرداخت توافقی', { kind: 'negotiable' }],
    ['مجانی', { kind: 'free' }],
    ['رایگان', { kind: 'free' }],
  ])('%j → %j', (text, amount) => {
    expect(parseAmount(text)).toEqual(amount);
  });

  it.each(['از ۹ تا ۱۷', '۱۰۰ ریال', 'غیر قابل تبدیل', 'رهن کامل', ''])(
    '%j is not an amount',
    (text) => {
      expect(parseAmount(text)).toBeUndefined();
    },
  );
});

/** `value` as divar could write it: Persian or Arabic-Indic digits, "," or "٬" thousands, marks. */
const writtenNumber = fc
  .record({
    value: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    digits: fc.constantFrom(PERSIAN, ARABIC_INDIC, '0123456789'),
    separator: fc.constantFrom(',', '\u066c', ''),
    mark: fc.constantFrom('', '\u200f', '\u200e'),
  })
  .map(({ value, digits, separator, mark }) => {
    const grouped = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
    const text = grouped.replace(/\d/g, (d) => digits[Number(d)] ?? d);
    return { value, text: `${mark}${text}` };
  });

describe('numbers written any way round-trip', () => {
  it('parsePersianNumber reads back every written number', () => {
    fc.assert(
      fc.property(writtenNumber, ({ value, text }) => parsePersianNumber(text) === value),
      { seed, numRuns: 500 },
    );
  });

  it('parseAmount reads "<number> تومان" back as toman', () => {
    fc.assert(
      fc.property(writtenNumber, ({ value, text }) => {
        expect(parseAmount(`${text} تومان`)).toEqual({ kind: 'toman', value });
      }),
      { seed, numRuns: 500 },
    );
  });
});
