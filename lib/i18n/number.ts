import type { Lang } from './index';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const SYMBOLS = {
  fa: { group: '\u066c', decimal: '\u066b', minus: '\u200e\u2212', locale: 'fa-IR' },
  en: { group: ',', decimal: '.', minus: '-', locale: 'en-US' },
} as const;

/** `text` with its ASCII digits written as Persian digits («1405» → «۱۴۰۵»). */
export function persianDigits(text: string): string {
  return text.replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)] ?? d);
}

/** Grouping of an integer's digits in threes: "1234567" → "1,234,567". */
function groupThrees(digits: string, separator: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

/** `digits` (decimal, no sign) plus one in the last place, carrying: "0999" → "1000". */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/**
 * The whole and fraction digits of |value| rounded half away from zero at `places`, from the
 * shortest decimal that reads back as `value` (as Intl rounds: 1.005 → "1.01", not "1.00").
 */
function roundedDigits(value: number, places: number): [string, string] {
  const [mantissa = '0', exponentText = '0'] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  let whole = exponent >= 0 ? digits.padEnd(exponent + 1, '0').slice(0, exponent + 1) : '0';
  let fraction = exponent >= 0 ? digits.slice(exponent + 1) : '0'.repeat(-exponent - 1) + digits;
  if (fraction.length > places) {
    const roundUp = (fraction[places] ?? '0') >= '5';
    fraction = fraction.slice(0, places);
    if (roundUp) {
      const next = increment(whole + fraction);
      whole = next.slice(0, next.length - places);
      fraction = next.slice(next.length - places);
    }
  }
  return [whole, fraction.replace(/0+$/, '')];
}

/**
 * A number as the UI language writes it, text for text what `toLocaleString('fa-IR' | 'en-US',
 * { maximumFractionDigits })` gives («۱۲٬۳۴۵٫۶», "12,345.6"), without Intl: creating a Persian
 * number format loads ICU data for 20–40 ms, a cost the content script must not add to divar's
 * page load. Values Intl alone can write (infinities, NaN, 1e21 and beyond) go to Intl.
 */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 3): string {
  const symbols = SYMBOLS[lang];
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21)
    return value.toLocaleString(symbols.locale, { maximumFractionDigits });
  const [whole, fraction] = roundedDigits(value, maximumFractionDigits);
  let text = groupThrees(whole, symbols.group) + (fraction ? symbols.decimal + fraction : '');
  if (lang === 'fa') text = persianDigits(text);
  return value < 0 || Object.is(value, -0) ? symbols.minus + text : text;
}
