/**
 * How Bazaar's values are shown: dates (Bazaar sends no time zone, so only the day is shown, in
 * the Jalali and the Gregorian calendar), sizes in KB or MB, architectures by their own names.
 */
import type { Lang } from '../i18n';
import { pishkhanText } from './i18n';

/** A Bazaar date (`2021-07-18T16:24:25.944528` or `2021-07-18`) in both calendars, or undefined. */
export function bazaarDay(value: string | undefined, lang: Lang) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const format = (locale: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  return {
    jalali: format(lang === 'fa' ? 'fa-IR-u-ca-persian' : 'en-US-u-ca-persian'),
    gregorian: format(lang === 'fa' ? 'fa-IR-u-ca-gregory' : 'en-GB'),
  };
}

/**
 * Text from elsewhere (Bazaar's English message, a token hint) isolated from the sentence around
 * it (Unicode FSI…PDI), so its direction and full stop stay its own inside Persian text.
 */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/** A size in bytes as bytes, KB or MB in the UI language. */
export function formatSize(bytes: number | undefined, lang: Lang): string {
  if (bytes === undefined) return '';
  if (bytes < 1024) return pishkhanText(lang, 'size.b', { n: bytes });
  const mb = bytes >= 1024 * 1024;
  const n = Math.round((bytes / (mb ? 1024 * 1024 : 1024)) * 10) / 10;
  return pishkhanText(lang, mb ? 'size.mb' : 'size.kb', { n });
}

/** The architectures of a package (Bazaar's `cpu_architectures`; empty means all). */
export function formatArchitectures(list: string[] | undefined, lang: Lang): string {
  return list && list.length > 0 ? list.join(', ') : pishkhanText(lang, 'arch.all');
}
