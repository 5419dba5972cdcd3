/**
 * Gregorian → Jalali (Solar Hijri) conversion, after the jalaali-js algorithm, and the Persian date
 * texts divar prints ("۲۲ شهریور ۱۴۰۵، ۱۷:۱۹", Tehran time = UTC+03:30 since 2022).
 */
import { toPersianDigits } from './persian.ts';

const BREAKS = [
  -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394,
  2456, 3178,
];
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
const TEHRAN_OFFSET_MS = 3.5 * 3_600_000;

const div = (a: number, b: number) => Math.trunc(a / b);
const mod = (a: number, b: number) => a - Math.trunc(a / b) * b;

function jalCal(jy: number): { leap: number; gy: number; march: number } {
  const gy = jy + 621;
  let leapJ = -14;
  let jp = BREAKS[0] ?? -61;
  let jump = 0;
  for (const jm of BREAKS.slice(1)) {
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm;
  }
  let n = jy - jp;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  const march = 20 + leapJ - leapG;
  if (jump - n < 6) n = n - jump + div(jump + 4, 33) * 33;
  let leap = mod(mod(n + 1, 33) - 1, 4);
  if (leap === -1) leap = 4;
  return { leap, gy, march };
}

function g2d(gy: number, gm: number, gd: number): number {
  let d =
    div((gy + div(gm - 8, 6) + 100100) * 1461, 4) +
    div(153 * mod(gm + 9, 12) + 2, 5) +
    gd -
    34840408;
  d = d - div(div(gy + 100100 + div(gm - 8, 6), 100) * 3, 4) + 752;
  return d;
}

/** The Jalali calendar date of a Gregorian calendar date. */
export function gregorianToJalali(gy: number, gm: number, gd: number) {
  const jdn = g2d(gy, gm, gd);
  let jy = gy - 621;
  const cal = jalCal(jy);
  let k = jdn - g2d(gy, 3, cal.march);
  if (k >= 0) {
    if (k <= 185) return { jy, jm: 1 + div(k, 31), jd: mod(k, 31) + 1 };
    k -= 186;
  } else {
    jy -= 1;
    k += 179;
    if (cal.leap === 1) k += 1;
  }
  return { jy, jm: 7 + div(k, 30), jd: mod(k, 30) + 1 };
}

/** Jalali date and Tehran wall-clock time of an instant. */
export function tehranJalali(ms: number) {
  const local = new Date(ms + TEHRAN_OFFSET_MS);
  const { jy, jm, jd } = gregorianToJalali(
    local.getUTCFullYear(),
    local.getUTCMonth() + 1,
    local.getUTCDate(),
  );
  return { jy, jm, jd, hour: local.getUTCHours(), minute: local.getUTCMinutes() };
}

/** "۲۴ شهریور ۱۴۰۵" for an instant. */
export function formatJalaliDate(ms: number): string {
  const { jy, jm, jd } = tehranJalali(ms);
  return `${toPersianDigits(jd)} ${MONTHS[jm - 1] ?? ''} ${toPersianDigits(jy)}`;
}

/** "۲۲ شهریور ۱۴۰۵، ۱۷:۱۹" for an instant. */
export function formatJalaliDateTime(ms: number): string {
  const { hour, minute } = tehranJalali(ms);
  const clock = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return `${formatJalaliDate(ms)}، ${toPersianDigits(clock)}`;
}

/** Tehran local time without zone, as in `seo.unavailable_after` ("2026-10-14T17:19:08.441706"). */
export function tehranLocalIso(ms: number, micros = 0): string {
  const iso = new Date(ms + TEHRAN_OFFSET_MS).toISOString().slice(0, 19);
  return `${iso}.${String(micros).padStart(6, '0')}`;
}
