/** Persian (U+06F0…) and Arabic-Indic (U+0660…) digits to ASCII; everything else unchanged. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}

/**
 * Normalises Persian text for comparison: Arabic ي/ك to Persian ی/ک, ZWNJ and tatweel removed,
 * whitespace collapsed (reference data lost its ZWNJs, live responses keep them).
 */
export function normalizePersian(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u064A/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9')
    .replace(/\u200C|\u200D|\u0640/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
