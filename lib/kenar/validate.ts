/**
 * Checks made before anything is sent to Kenar, each naming the field it is about: a title of 3
 * to 50 characters and a description (spec, edit post), an Iranian mobile number, an https link.
 */

/** Limits from the spec's description of edit post. */
export const TITLE_MIN = 3;
export const TITLE_MAX = 50;

/** One problem with one field; `code` picks the words in the UI. */
export interface FieldProblem {
  field: 'title' | 'description' | 'phone' | 'link';
  code: 'too-short' | 'too-long' | 'required' | 'bad-phone' | 'bad-link';
}

const LOCAL_DIGITS = /[۰-۹٠-٩]/g;

function asciiDigit(digit: string): string {
  const persian = '۰۱۲۳۴۵۶۷۸۹'.indexOf(digit);
  return String(persian >= 0 ? persian : '٠١٢٣٤٥٦٧٨٩'.indexOf(digit));
}

/** Characters as a person counts them (code points, not UTF-16 units). */
export function lengthOf(text: string): number {
  return [...text.trim()].length;
}

/** Problems with an edit of title and description; empty when it may be sent. */
export function checkPostEdit(edit: { title: string; description: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const title = lengthOf(edit.title);
  if (title < TITLE_MIN) problems.push({ field: 'title', code: 'too-short' });
  if (title > TITLE_MAX) problems.push({ field: 'title', code: 'too-long' });
  if (lengthOf(edit.description) === 0) problems.push({ field: 'description', code: 'required' });
  return problems;
}

/** `09xxxxxxxxx` from what a person types (Persian digits, +98, spaces), or undefined. */
export function normalizePhone(input: string): string | undefined {
  const digits = input
    .replace(LOCAL_DIGITS, asciiDigit)
    .replace(/[\s-]/g, '')
    .replace(/^(\+98|0098|98)(?=9\d{9}$)/, '0');
  return /^09\d{9}$/.test(digits) ? digits : undefined;
}

/** Whether `link` is an absolute https URL a customised button may open. */
export function isButtonLink(link: string): boolean {
  try {
    return new URL(link.trim()).protocol === 'https:';
  } catch {
    return false;
  }
}
