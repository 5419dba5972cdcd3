import type { Lang } from './index';
import { formatNumber, persianDigits } from './number';

export { formatNumber };

/** An amount in toman, e.g. "۳۵٬۰۰۰٬۰۰۰٬۰۰۰ تومان" / "35,000,000,000 toman". */
export function formatToman(lang: Lang, value: number): string {
  return `${formatNumber(lang, value)} ${lang === 'fa' ? 'تومان' : 'toman'}`;
}

/** An ISO time as a Jalali (Persian calendar) date and time, in Tehran time. */
export function formatJalali(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(`${lang === 'fa' ? 'fa-IR' : 'en-US'}-u-ca-persian`, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Tehran',
  }).format(new Date(iso));
}

/** An ISO time as a Gregorian date and time, in Tehran time. */
export function formatGregorian(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(lang === 'fa' ? 'fa-IR-u-ca-gregory' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Tehran',
  }).format(new Date(iso));
}

/** `text` with each `{name}` filled from `values`, numbers in the language's digits. */
export function fillPlaceholders(
  lang: Lang,
  text: string,
  values: Record<string, string | number>,
): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => {
    const value = values[name];
    if (value === undefined) return all;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

/** An id or a typed number as the language writes digits, with no grouping (ids, inputs). */
export function formatDigits(lang: Lang, value: number | string): string {
  const text = String(value);
  return lang === 'fa' ? persianDigits(text) : text;
}

/**
 * Parts of one line joined as the language lists them («، » in Persian, ", " in English), empty
 * parts dropped. Never «·»: beside Persian digits a middle dot reads as a zero («۲۴ · ۲» as ۲۴۰۲).
 */
export function joinParts(lang: Lang, parts: readonly (string | undefined | false)[]): string {
  return parts.filter((p): p is string => Boolean(p)).join(listSeparator(lang));
}

/** The separator between parts of one line: «، » in Persian, ", " in English. */
export function listSeparator(lang: Lang): string {
  return lang === 'fa' ? '، ' : ', ';
}
