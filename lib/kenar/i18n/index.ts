import type { Lang } from '../../i18n';
import { formatDigits } from '../../i18n/format';
import { kenarEn } from './en';
import { type KenarTextKey, kenarFa } from './fa';

export type { KenarTextKey } from './fa';

/** `value` with Persian digits in Persian (ASCII digits otherwise left as they are). */
export function localDigits(value: string | number, lang: Lang): string {
  return formatDigits(lang, value);
}

/** The Kenar UI word for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function kenarText(
  lang: Lang,
  key: KenarTextKey,
  values: Record<string, string | number> = {},
): string {
  const text: string = (lang === 'fa' ? kenarFa : kenarEn)[key];
  return text.replace(/\{(\w+)\}/g, (all, name: string) =>
    name in values ? localDigits(values[name] ?? '', lang) : all,
  );
}

/** Every Kenar words key, for keys built at run time (a data key of another post). */
export const kenarTextKeys: ReadonlySet<string> = new Set(Object.keys(kenarFa));
