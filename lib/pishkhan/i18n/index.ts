import type { Lang } from '../../i18n';
import { fillPlaceholders } from '../../i18n/format';
import { pishkhanEn } from './en';
import { type PishkhanTextKey, pishkhanFa } from './fa';

export type { PishkhanTextKey } from './fa';

/** The Bazaar UI word for `key` in `lang`; numbers in `values` get the language's digits. */
export const pishkhanText = (
  lang: Lang,
  key: PishkhanTextKey,
  values: Record<string, string | number> = {},
): string => fillPlaceholders(lang, (lang === 'fa' ? pishkhanFa : pishkhanEn)[key], values);
