import type { Lang } from '../../i18n';
import { fillPlaceholders } from '../../i18n/format';
import { portalEn } from './en';
import { type PortalTextKey, portalFa } from './fa';

export type { PortalTextKey } from './fa';

/** The portal UI word for `key` in `lang`, numbers in `values` written in the language's digits. */
export function portalText(
  lang: Lang,
  key: PortalTextKey,
  values: Record<string, string | number> = {},
): string {
  return fillPlaceholders(lang, (lang === 'fa' ? portalFa : portalEn)[key], values);
}

/** The portal word for a key built at run time (a type, a field), or the key itself. */
export function portalWord(lang: Lang, key: string): string {
  const table: Record<string, string> = lang === 'fa' ? portalFa : portalEn;
  return table[key] ?? key.replace(/^\w+\./, '');
}
