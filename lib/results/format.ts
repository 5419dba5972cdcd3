import type { Listing } from '../divar/listing/types';
import { wordsOf } from '../export/cell';
import type { ExportColumn } from '../export/columns';
import { type Lang, translate } from '../i18n';
import { listSeparator } from '../i18n/format';

const LOCALE: Record<Lang, string> = { fa: 'fa-IR', en: 'en-US' };

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const yearFormats = new Map<Lang, Intl.NumberFormat>();
const compactFormats = new Map<Lang, Intl.NumberFormat>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

function cached<T>(map: Map<Lang, T>, lang: Lang, make: () => T): T {
  let value = map.get(lang);
  if (value === undefined) {
    value = make();
    map.set(lang, value);
  }
  return value;
}

/** A number with grouping, in Persian digits for Persian. */
export function formatNumber(value: number, lang: Lang): string {
  return cached(numberFormats, lang, () => new Intl.NumberFormat(LOCALE[lang])).format(value);
}

// Years read "۱۴۰۲", not "۱٬۴۰۲".
const UNGROUPED = new Set(['yearBuilt']);

/** A short amount for chart labels: "۱٫۲ میلیارد", "1.2B". */
export function formatCompact(value: number, lang: Lang): string {
  return cached(
    compactFormats,
    lang,
    () => new Intl.NumberFormat(LOCALE[lang], { notation: 'compact', maximumFractionDigits: 1 }),
  ).format(value);
}

/** A date (Tehran time) in the Persian (Jalali) calendar for Persian, the Gregorian one for English. */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(
    dateFormats,
    lang,
    () =>
      new Intl.DateTimeFormat(lang === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'Asia/Tehran',
      }),
  ).format(date);
}

/** What a table cell shows for `column` of `listing` in the UI language ('' when unknown). */
export function displayCell(column: ExportColumn, listing: Listing, lang: Lang): string {
  const raw = column.read(listing);
  if (raw === undefined) return '';
  if (typeof raw === 'number') {
    // A rental with no monthly rent is «رهن کامل» (the export keeps the number 0).
    if (column.key === 'monthlyRent' && raw === 0) return translate(lang, 'post.fullDeposit');
    if (!UNGROUPED.has(column.key)) return formatNumber(raw, lang);
    return cached(
      yearFormats,
      lang,
      () => new Intl.NumberFormat(LOCALE[lang], { useGrouping: false }),
    ).format(raw);
  }
  if (column.short && typeof raw !== 'object') return column.short(raw, lang);
  if (typeof raw === 'boolean') return wordsOf(column, raw, lang, listing);
  if (typeof raw !== 'string') return raw.join(listSeparator(lang));
  return column.kind === 'date' ? formatDate(raw, lang) : wordsOf(column, raw, lang, listing);
}

const cellTexts = new WeakMap<Listing, Map<string, string>>();

/** {@link displayCell}, remembered per listing, column and language (a row scrolled back is free). */
export function displayCellCached(column: ExportColumn, listing: Listing, lang: Lang): string {
  let texts = cellTexts.get(listing);
  if (!texts) {
    texts = new Map();
    cellTexts.set(listing, texts);
  }
  const key = `${lang}\u0000${column.key}`;
  let text = texts.get(key);
  if (text === undefined) {
    text = displayCell(column, listing, lang);
    texts.set(key, text);
  }
  return text;
}
