import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alertFa } from '@/lib/alerts/i18n/fa';
import { COLUMNS } from '@/lib/export/columns';
import { exportFa } from '@/lib/export/i18n/fa';
import { historyFa } from '@/lib/history/i18n/fa';
import { HISTORY_PAGE_WORDS } from '@/lib/history/i18n/page';
import { fa } from '@/lib/i18n/fa';
import { BRANDS_FA, FILTER_VALUES } from '@/lib/i18n/filter-values';
import { PAGE_WORDS } from '@/lib/i18n/page';
import { kenarFa } from '@/lib/kenar/i18n/fa';
import { pishkhanFa } from '@/lib/pishkhan/i18n/fa';
import { portalFa } from '@/lib/portals/i18n/fa';
import { watchFa } from '@/lib/watch/i18n/fa';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** Every Persian string the UI shows, named by where it comes from. */
function persianStrings(): [string, string][] {
  const locale = JSON.parse(read('public/_locales/fa/messages.json')) as Record<
    string,
    { message: string }
  >;
  const values = Object.entries(FILTER_VALUES.fa).flatMap(([key, table]) =>
    Object.entries(table).map(([value, text]): [string, string] => [`value.${key}.${value}`, text]),
  );
  return [
    ...Object.entries(fa).filter(([key]) => key !== 'language'),
    ...Object.entries(kenarFa).map(([k, v]): [string, string] => [`kenar.${k}`, v]),
    ...Object.entries(pishkhanFa).map(([k, v]): [string, string] => [`pishkhan.${k}`, v]),
    ...Object.entries(portalFa).map(([k, v]): [string, string] => [`portal.${k}`, v]),
    ...Object.entries(historyFa).map(([k, v]): [string, string] => [`history.${k}`, v]),
    ...Object.entries(HISTORY_PAGE_WORDS.fa).map(([k, v]): [string, string] => [
      `historyPage.${k}`,
      v,
    ]),
    ...Object.entries(exportFa).map(([k, v]): [string, string] => [`export.${k}`, v]),
    ...Object.entries(watchFa).map(([k, v]): [string, string] => [`watch.${k}`, v]),
    ...Object.entries(alertFa).map(([k, v]): [string, string] => [`alert.${k}`, v]),
    ...Object.entries(PAGE_WORDS.fa).map(([k, v]): [string, string] => [`page.${k}`, v]),
    ...values,
    ...Object.entries(BRANDS_FA).map(([k, v]): [string, string] => [`brand.${k}`, v]),
    ...COLUMNS.map((c): [string, string] => [`column.${c.key}`, c.fa]),
    ...Object.entries(locale).map(([k, v]): [string, string] => [`locale.${k}`, v.message]),
  ];
}

/** The glossary's table (docs/glossary.md): the words to use, and the words not to. */
function glossary(): { use: string[]; not: string[] } {
  const rows = read('docs/glossary.md')
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| concept'))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  const terms = (cell: string | undefined) =>
    (cell ?? '')
      .replace(/\([^)]*\)/g, '')
      .split('،')
      .map((t) => t.replace(/[«»]/g, '').trim())
      .filter((t) => /[\u0600-\u06FF]/.test(t));
  return { use: rows.flatMap((r) => terms(r[2])), not: rows.flatMap((r) => terms(r[3])) };
}

// Developer terms a Persian string may keep in Latin: the backticked words of the glossary's last
// section.
const ALLOWED_SECTION = read('docs/glossary.md').split('## Latin words allowed')[1] ?? '';
const LATIN_ALLOWED = new Set([...ALLOWED_SECTION.matchAll(/`([A-Za-z_]+)`/g)].map((m) => m[1]));

const LETTER = '[\\u0600-\\u06FF\\u200c]';
const word = (term: string) =>
  new RegExp(`(^|[^${LETTER.slice(1, -1)}])${term}(?=$|[^${LETTER.slice(1, -1)}])`);

/** A string with web addresses, host and file names and placeholders taken out: code, not words. */
const wordsOf = (text: string) =>
  text
    .replace(/https?:\/\/\S*/g, ' ')
    .replace(/[A-Za-z0-9-]*(\.[A-Za-z][A-Za-z0-9-]*)+/g, ' ')
    .replace(/\{\w+\}/g, ' ');

/** The glossary words a string uses but should not (terms of the "use" column are fine). */
function offGlossary(text: string, { use, not }: { use: string[]; not: string[] }): string[] {
  let masked = wordsOf(text);
  for (const term of use) masked = masked.split(term).join(' ');
  return not.filter((term) => word(term).test(masked));
}

/** The Latin words (not developer terms) and Latin digits of a string. */
function latinIn(text: string): string[] {
  const bare = wordsOf(text);
  const latin = (bare.match(/[A-Za-z_][A-Za-z_]*/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w));
  return [...latin, ...(/[0-9]/.test(bare) ? ['a Latin digit'] : [])];
}

describe('the Persian UI follows the glossary (docs/glossary.md)', () => {
  const strings = persianStrings();
  const table = glossary();
  const { use, not } = table;

  it('would catch an off-glossary word, a slug or a Latin digit', () => {
    expect(offGlossary('رونوشت پیوند آگهی', table).sort()).toEqual(['رونوشت', 'پیوند'].sort());
    expect(offGlossary('دیدن نتیجه‌ها', table)).toEqual([]);
    expect(latinIn('شهر: tehran، تعداد اتاق: 2')).toEqual(['tehran', 'a Latin digit']);
    expect(latinIn('کپی کد cURL از https://divar.ir/s/tehran/x2 با {n} آگهی')).toEqual([]);
    expect(latinIn('versionCode را در build.gradle بالا ببرید')).toEqual([]);
    expect(latinIn('حداکثر 2.5 میلیون')).toEqual(['a Latin digit']);
    expect(latinIn('ساخته‌شده با submit post v2')).toEqual(['submit', 'post', 'v', 'a Latin digit']);
  });

  it('reads a glossary of some substance', () => {
    expect(use.length).toBeGreaterThan(40);
    expect(not).toEqual(expect.arrayContaining(['رونوشت', 'نشانی', 'پیوند', 'صعودی']));
  });

  it('has no word the glossary says not to use', () => {
    const found = strings.flatMap(([key, text]) =>
      offGlossary(text, table).map((term) => `${key}: ${term}`),
    );
    expect(found).toEqual([]);
  });

  it('has no Latin digit and no Latin word but the developer terms', () => {
    const found = strings.flatMap(([key, text]) => latinIn(text).map((w) => `${key}: ${w}`));
    expect(found).toEqual([]);
  });

  it('never starts a sentence with «کنار», which reads as "beside"', () => {
    const found = strings.filter(([, text]) => /(^|[.؛:!؟]\s*)کنار\s/.test(text));
    expect(found).toEqual([]);
  });
});
