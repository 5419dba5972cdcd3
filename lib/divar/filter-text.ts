import { type Lang, type MessageKey, translate, translateIfKnown } from '../i18n';
import { BRANDS_FA, FILTER_VALUES } from '../i18n/filter-values';
import { formatNumber, joinParts } from '../i18n/format';
import type { FilterValue } from './describe-filters';
import { slugWords } from './slug-words';

// Amenities a place "has" («آسانسور: دارد»); other switches are a plain yes («عکس‌دار: بله»).
const AMENITIES = new Set(['elevator', 'parking', 'warehouse', 'balcony']);

/** A filter's name in the UI language: «تعداد اتاق», "Rooms" (an unknown key in English words). */
export function filterLabel(key: string, lang: Lang): string {
  const known = translateIfKnown(lang, `filter.${key}`);
  return known ?? (lang === 'en' ? slugWords(key) : translate(lang, 'filter.other'));
}

const digits = (lang: Lang, text: string) =>
  text.replace(/\d+/g, (n) => formatNumber(lang, Number(n)).replace(/[٬,]/g, ''));

/** A brand_model value in words: `peugeot-206-tip-2` → «پژو ۲۰۶ tip ۲», "Peugeot 206 tip 2". */
export function brandModelText(value: string, lang: Lang): string {
  const words = value.split(/[-\s]+/).filter(Boolean);
  const named = words.map((w) => (lang === 'fa' ? (BRANDS_FA[w.toLowerCase()] ?? w) : w));
  return lang === 'fa' ? digits(lang, named.join(' ')) : slugWords(named.join('-'));
}

function itemText(key: string, item: string, lang: Lang): string {
  const table: Readonly<Record<string, Record<string, string>>> = FILTER_VALUES[lang];
  const named = table[key]?.[item];
  if (named) return named;
  const recent = key === 'recent_ads' ? /^(\d+)([hd])$/.exec(item) : null;
  if (recent) {
    const unit: MessageKey = recent[2] === 'h' ? 'filter.recent.hours' : 'filter.recent.days';
    return translate(lang, unit).replace('{n}', formatNumber(lang, Number(recent[1])));
  }
  if (/^\d+(\.\d+)?$/.test(item)) return formatNumber(lang, Number(item));
  if (key === 'brand_model') return brandModelText(item, lang);
  return item;
}

/** A filter's value in words and the UI language's digits: «از ۴۰ تا ۹۰», «دارد», «شخصی». */
export function filterValueText(key: string, value: FilterValue, lang: Lang): string {
  if (value.kind === 'yes')
    return translate(lang, AMENITIES.has(key) ? 'filter.has' : 'filter.yes');
  if (value.kind === 'items')
    return joinParts(
      lang,
      value.items.map((i) => itemText(key, i, lang)),
    );
  if (value.kind === 'numbers')
    return joinParts(
      lang,
      value.numbers.map((n) => formatNumber(lang, n)),
    );
  const from =
    value.min !== undefined && `${translate(lang, 'filter.from')} ${formatNumber(lang, value.min)}`;
  const to =
    value.max !== undefined && `${translate(lang, 'filter.to')} ${formatNumber(lang, value.max)}`;
  return [from, to].filter(Boolean).join(' ');
}
