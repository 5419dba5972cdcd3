// Persian and Arabic letters (not digits or punctuation, which every language shares).
const PERSIAN_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC]/;
const LATIN_LETTER = /[A-Za-z]/;

/** The language of a piece of data by its letters: 'fa', 'en', or undefined when it has none. */
export function textLang(text: string): 'fa' | 'en' | undefined {
  if (PERSIAN_LETTER.test(text)) return 'fa';
  return LATIN_LETTER.test(text) ? 'en' : undefined;
}
