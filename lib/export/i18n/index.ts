import type { Lang } from '../../i18n';
import { fillPlaceholders } from '../../i18n/format';
import { exportEn } from './en';
import { type ExportTextKey, exportFa } from './fa';

export type { ExportTextKey } from './fa';

/** The export UI word for `key` in `lang`; numbers in `values` get the language's digits. */
export const exportText = (
  lang: Lang,
  key: ExportTextKey,
  values: Record<string, string | number> = {},
): string => fillPlaceholders(lang, (lang === 'fa' ? exportFa : exportEn)[key], values);
