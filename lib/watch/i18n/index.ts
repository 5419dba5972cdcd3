import type { Lang } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { watchEn } from './en';
import { type WatchTextKey, watchFa } from './fa';

export type { WatchTextKey } from './fa';

/** The watch UI word for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function watchText(
  lang: Lang,
  key: WatchTextKey,
  values: Record<string, string | number> = {},
): string {
  const text: string = (lang === 'fa' ? watchFa : watchEn)[key];
  return text.replace(/\{(\w+)\}/g, (all, name: string) => {
    const value = values[name];
    if (value === undefined) return all;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}
