import type { Lang } from '../../i18n';
import { fillPlaceholders } from '../../i18n/format';
import { alertEn } from './en';
import { type AlertTextKey, alertFa } from './fa';

export type { AlertTextKey } from './fa';

/** The alert UI word for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function alertText(
  lang: Lang,
  key: AlertTextKey,
  values: Record<string, string | number> = {},
): string {
  return fillPlaceholders(lang, (lang === 'fa' ? alertFa : alertEn)[key], values);
}
