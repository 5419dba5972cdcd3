import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jalaliToGregorian, parseJalaliDateTime } from '@/lib/divar/listing/jalali';

const seed = Number(process.env.FC_SEED ?? 20261122);

describe('jalaliToGregorian', () => {
  // Known dates: Nowruz of recent years (1403 was a leap year, so its Esfand had 30 days),
  // the samples' publish days and the Islamic Revolution's 22 Bahman 1357.
  it.each([
    ['1405-01-01', '2026-03-21'],
    ['1405-06-22', '2026-09-13'],
    ['1405-06-31', '2026-09-22'],
    ['1404-01-01', '2025-03-21'],
    ['1403-12-30', '2025-03-20'],
    ['1403-01-01', '2024-03-20'],
    ['1399-01-01', '2020-03-20'],
    ['1400-01-01', '2021-03-21'],
    ['1357-11-22', '1979-02-11'],
    ['1402-07-01', '2023-09-23'],
  ])('%s → %s', (jalali, gregorian) => {
    const [year, month, day] = jalali.split('-').map(Number);
    const g = jalaliToGregorian({ year: Number(year), month: Number(month), day: Number(day) });
    const written = `${g.year}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;
    expect(written).toBe(gregorian);
  });

  it('agrees with ICU’s Persian calendar on every day from 1300 to 1500', () => {
    const persian = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    const from = Date.UTC(1921, 2, 21);
    const to = Date.UTC(2121, 2, 20);
    fc.assert(
      fc.property(fc.integer({ min: from / 86_400_000, max: to / 86_400_000 }), (dayNumber) => {
        const date = new Date(dayNumber * 86_400_000);
        const parts = Object.fromEntries(
          persian.formatToParts(date).map((part) => [part.type, Number.parseInt(part.value, 10)]),
        );
        expect(
          jalaliToGregorian({
            year: Number(parts.year),
            month: Number(parts.month),
            day: Number(parts.day),
          }),
        ).toEqual({
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
        });
      }),
      { seed, numRuns: 2000 },
    );
  });
});

describe('parseJalaliDateTime', () => {
  it.each([
    ['۲۲ شهریور ۱۴۰۵، ۱۷:۱۹', '2026-09-13T13:49:00.000Z'],
    ['۲۴ شهریور ۱۴۰۵، ۰۶:۰۱', '2026-09-15T02:31:00.000Z'],
    ['۳۱ شهریور ۱۴۰۵، ۰۰:۰۶', '2026-09-21T20:36:00.000Z'],
    ['۱ فروردین ۱۴۰۵، ۰۳:۳۰', '2026-03-21T00:00:00.000Z'],
    [' ۱ فروردین ۱۴۰۵ ، ۰۰:۰۰ ', '2026-03-20T20:30:00.000Z'],
    ['10 دی 1404, 23:59', '2025-12-31T20:29:00.000Z'],
  ])('%j (Tehran) → %s', (text, iso) => {
    expect(parseJalaliDateTime(text)).toBe(iso);
  });

  it.each([
    '۳ روز پیش',
    '۳۲ شهریور ۱۴۰۵، ۱۰:۰۰',
    '۳۱ مهر ۱۴۰۵، ۱۰:۰۰',
    '۱ فوریه ۱۴۰۵، ۱۰:۰۰',
    '۱ مهر ۱۴۰۵، ۲۵:۰۰',
    '',
  ])('%j is not a date-time', (text) => {
    expect(parseJalaliDateTime(text)).toBeUndefined();
  });
});
