import type { Lang } from '../../i18n';
import { fillPlaceholders } from '../../i18n/format';
import { historyEn } from './en';
import { historyFa } from './fa';

/** A key of the history's UI words. */
export type HistoryTextKey = keyof typeof historyFa;

/** The history UI word for `key` in `lang`, numbers in `values` in the language's digits. */
export function historyText(
  lang: Lang,
  key: HistoryTextKey,
  values: Record<string, string | number> = {},
): string {
  return fillPlaceholders(lang, (lang === 'fa' ? historyFa : historyEn)[key], values);
}
