import { normalizePersian, toAsciiDigits } from '../text';

/** What a price-like text says: an amount in toman, "negotiable" or "free". */
export type Amount = { kind: 'toman'; value: number } | { kind: 'negotiable' } | { kind: 'free' };

// Direction marks divar puts before amounts (U+200F, U+200E, ALM U+061C, embeddings, isolates).
const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
// One number: ASCII digits after toAsciiDigits, "," or Arabic "٬" (U+066C) between thousands,
// "." or Arabic "٫" (U+066B) before decimals; "،" is the Persian comma, not a separator.
const NUMBER = /-?\d{1,3}(?:[,\u066c]\d{3})+(?:[.\u066b]\d+)?|-?\d+(?:[.\u066b]\d+)?/g;
const MULTIPLIERS: Record<string, number> = { هزار: 1e3, میلیون: 1e6, میلیارد: 1e9 };
// Words that may surround an amount without changing it ("ماهانه ۱۵,۰۰۰,۰۰۰ تومان").
const AMOUNT_WORDS = new Set(['تومان', 'ماهانه']);

function cleaned(text: string): string {
  return toAsciiDigits(normalizePersian(text.replace(BIDI_MARKS, '')));
}

function numberValue(token: string): number {
  return Number(token.replace(/[,\u066c]/g, '').replace('\u066b', '.'));
}

/**
 * The number a text is, in Persian, Arabic-Indic or ASCII digits with thousands separators
 * (`۳۵,۰۰۰`, `۹۵۰٬۰۰۰`, `‏۲۰۹,۱۸۳,۰۰۰`); undefined when the text is anything more than a number.
 */
export function parsePersianNumber(text: string): number | undefined {
  const clean = cleaned(text).replace(/^\u2212/, '-');
  const matches = clean.match(NUMBER);
  if (matches?.length !== 1 || matches[0] !== clean) return undefined;
  const value = numberValue(clean);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Reads a price text: `۳۵,۰۰۰,۰۰۰,۰۰۰ تومان` → 35000000000, `۱۲ میلیون تومان` → 12000000,
 * "توافقی"/"پرداخت توافقی" → negotiable, "مجانی"/"رایگان" → free. Undefined for anything else
 * (two numbers, unknown words such as "ریال"), so a caller can keep the text as a fact instead.
 */
export function parseAmount(text: string): Amount | undefined {
  const clean = cleaned(text);
  if (/توافقی/.test(clean)) return { kind: 'negotiable' };
  if (/^(مجانی|رایگان)$/.test(clean)) return { kind: 'free' };
  const numbers = clean.match(NUMBER);
  if (numbers?.length !== 1 || numbers[0] === undefined) return undefined;
  let value = numberValue(numbers[0]);
  for (const word of clean.replace(numbers[0], ' ').split(' ').filter(Boolean)) {
    const multiplier = MULTIPLIERS[word];
    // Rounded so "۱٫۱ میلیارد" is 1100000000, not 1100000000.0000002.
    if (multiplier !== undefined) value = Math.round(value * multiplier);
    else if (!AMOUNT_WORDS.has(word)) return undefined;
  }
  return Number.isFinite(value) && value >= 0 ? { kind: 'toman', value } : undefined;
}
