import type { Lang } from '../../i18n';
import { kenarEn } from './en';
import { type KenarTextKey, kenarFa } from './fa';

export type { KenarTextKey } from './fa';

/** The Kenar UI word for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function kenarText(
  lang: Lang,
  key: KenarTextKey,
  values: Record<string, string | number> = {},
): string {
  const text: string = (lang === 'fa' ? kenarFa : kenarEn)[key];
  const digits = (value: string | number) =>
    lang === 'fa'
      ? String(value).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] ?? d)
      : String(value);
  return text.replace(/\{(\w+)\}/g, (all, name: string) =>
    name in values ? digits(values[name] ?? '') : all,
  );
}
