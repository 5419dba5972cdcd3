import type { Listing } from '../divar/listing/types';
import { type Lang, translate } from '../i18n';
import { listSeparator } from '../i18n/format';
import type { ExportColumn } from './columns';
import { isoTehran, parseIso, sheetDate } from './dates';

/** A spreadsheet cell: a real number, or text that is safe to open. */
export type SheetCell =
  | { type: 'number'; value: number }
  | { type: 'text'; value: string }
  /** A real date (a Date whose UTC fields are Tehran's clock) and its ISO text for CSV. */
  | { type: 'date'; value: Date; iso: string };

/**
 * What makes Excel, LibreOffice or Google Sheets read a text cell as a formula (OWASP "CSV
 * injection", ASVS 5.0 V1.2.10): a leading `=`, `+`, `-`, `@`, tab, CR or LF, or their
 * full-width and small forms, even behind spaces or invisible characters (ZWSP, ZWNJ, BOM, bidi
 * marks: Unicode "format" characters) that a spreadsheet may skip before it looks.
 */
const FORMULA_START =
  /^[\p{Zs}\p{Cf}]*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66\uFE6B]/u;

/** Control characters but tab, CR and LF: NUL and others XML 1.0 (so .xlsx) cannot hold. */
const CONTROL = /(?![\t\r\n])\p{Cc}/gu;

/**
 * `text` safe to put in a spreadsheet cell: control characters (NUL too) dropped, then a leading
 * `'` when a spreadsheet would otherwise run it as a formula.
 */
export function neutraliseFormula(text: string): string {
  const clean = text.replace(CONTROL, '');
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}

/** A code or a yes/no of `column` in words of `lang` (its own words, else «بله»/«خیر»). */
export function wordsOf(
  column: ExportColumn,
  value: string | boolean,
  lang: Lang,
  listing?: Listing,
): string {
  if (column.words) return column.words(value, lang, listing);
  if (typeof value === 'boolean') return translate(lang, value ? 'results.yes' : 'results.no');
  return value;
}

/** The header of `column` in `lang`. */
export function headerOf(column: ExportColumn, lang: Lang): string {
  return column[lang];
}

/**
 * The cell `column` gives for `listing`, with booleans and lists in words of `lang`; undefined
 * when divar did not say. Numbers stay numbers; every text is formula-neutralised.
 */
export function sheetCell(
  column: ExportColumn,
  listing: Listing,
  lang: Lang,
): SheetCell | undefined {
  const raw = column.read(listing);
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { type: 'number', value: raw } : undefined;
  }
  const date = column.kind === 'date' && typeof raw === 'string' ? parseIso(raw) : undefined;
  if (date) return { type: 'date', value: sheetDate(date), iso: isoTehran(date) };
  const text =
    typeof raw === 'string' || typeof raw === 'boolean'
      ? wordsOf(column, raw, lang, listing)
      : raw.join(listSeparator(lang));
  return text === '' ? undefined : { type: 'text', value: neutraliseFormula(text) };
}
