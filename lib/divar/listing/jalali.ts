import { normalizePersian, toAsciiDigits } from '../text';

/** A calendar date: year, month 1-12, day 1-31. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

// Years where the 33-year leap cycle shifts (Borkowski's algorithm, as in jalaali-js); valid for
// Jalali years -61 … 3177, against the astronomical calendar Iran uses.
const BREAKS = [
  -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394,
  2456, 3178,
];
const div = (a: number, b: number) => Math.trunc(a / b);
const mod = (a: number, b: number) => a - Math.trunc(a / b) * b;

/** The day in March (Gregorian year jy + 621) on which Farvardin 1 of Jalali year `jy` falls. */
function farvardinFirstInMarch(jy: number): number {
  const gy = jy + 621;
  let leapJ = -14;
  let previous = BREAKS[0] ?? 0;
  let jump = 0;
  for (const next of BREAKS.slice(1)) {
    jump = next - previous;
    if (jy < next) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    previous = next;
  }
  const n = jy - previous;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  return 20 + leapJ - leapG;
}

/** Jalali (Solar Hijri) date to Gregorian: 1 Farvardin 1405 → 2026-03-21. */
export function jalaliToGregorian(jalali: CalendarDate): CalendarDate {
  const { year, month, day } = jalali;
  if (year < -61 || year >= 3178) throw new RangeError(`Jalali year out of range: ${year}`);
  // Farvardin…Shahrivar have 31 days, Mehr…Bahman 30: days since 1 Farvardin.
  const dayOfYear = (month - 1) * 31 - div(month, 7) * (month - 7) + day - 1;
  const start = Date.UTC(year + 621, 2, farvardinFirstInMarch(year));
  const date = new Date(start + dayOfYear * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const MONTHS = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
];
// Iran Standard Time. Iran dropped daylight saving in 2022 (1401), so this holds for every
// current post; summer times of older posts would be one hour late.
const TEHRAN_OFFSET_MINUTES = 210;
const DATE_TIME = /^(\d{1,2}) (\S+) (\d{4})[،,]? (\d{1,2}):(\d{2})$/;

/**
 * Divar's Jalali date-time text in Tehran time ("۲۲ شهریور ۱۴۰۵، ۱۷:۱۹") as ISO 8601 UTC
 * ("2026-09-13T13:49:00.000Z"); undefined for any other text.
 */
export function parseJalaliDateTime(text: string): string | undefined {
  const match = DATE_TIME.exec(toAsciiDigits(normalizePersian(text)).replace(/ ?([،,]) ?/, '$1 '));
  if (!match) return undefined;
  const [, day, monthName = '', year, hour, minute] = match;
  const month = MONTHS.indexOf(monthName) + 1;
  if (month === 0 || Number(day) < 1 || Number(day) > (month <= 6 ? 31 : 30)) return undefined;
  if (Number(hour) > 23 || Number(minute) > 59) return undefined;
  const g = jalaliToGregorian({ year: Number(year), month, day: Number(day) });
  const utc = Date.UTC(g.year, g.month - 1, g.day, Number(hour), Number(minute));
  return new Date(utc - TEHRAN_OFFSET_MINUTES * 60_000).toISOString();
}
