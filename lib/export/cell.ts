import type { Listing } from '../divar/listing/types';
import type { Lang } from '../i18n';
import type { ExportColumn } from './columns';

/** A spreadsheet cell: a real number, or text that is safe to open. */
export type SheetCell = { type: 'number'; value: number } | { type: 'text'; value: string };

/**
 * Characters that make Excel, LibreOffice or Google Sheets read a text cell as a formula
 * (OWASP "CSV injection"): `=`, `+`, `-`, `@`, tab and carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `text` with a leading `'` when a spreadsheet would otherwise run it as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const YES_NO: Record<Lang, [string, string]> = { fa: ['بله', 'خیر'], en: ['yes', 'no'] };
const LIST_SEPARATOR: Record<Lang, string> = { fa: '، ', en: ', ' };

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
  if (typeof raw === 'boolean') {
    return { type: 'text', value: YES_NO[lang][raw ? 0 : 1] };
  }
  const text = typeof raw === 'string' ? raw : raw.join(LIST_SEPARATOR[lang]);
  return text === '' ? undefined : { type: 'text', value: neutraliseFormula(text) };
}
