import type { Lang } from '../../i18n';
import { fillPlaceholders } from '../../i18n/format';
import { watchEn } from './en';
import { type WatchTextKey, watchFa } from './fa';

export type { WatchTextKey } from './fa';

/** The watch UI word for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function watchText(
  lang: Lang,
  key: WatchTextKey,
  values: Record<string, string | number> = {},
): string {
  return fillPlaceholders(lang, (lang === 'fa' ? watchFa : watchEn)[key], values);
}
