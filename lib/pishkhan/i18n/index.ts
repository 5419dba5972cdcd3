import type { Lang } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { pishkhanEn } from './en';
import { type PishkhanTextKey, pishkhanFa } from './fa';

export type { PishkhanTextKey } from './fa';

/** The Bazaar UI word for `key` in `lang`; numbers in `values` get the language's digits. */
export function pishkhanText(
  lang: Lang,
  key: PishkhanTextKey,
  values: Record<string, string | number> = {},
): string {
  const text: string = (lang === 'fa' ? pishkhanFa : pishkhanEn)[key];
  return text.replace(/\{(\w+)\}/g, (all, name: string) => {
    const value = values[name];
    if (value === undefined) return all;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}
