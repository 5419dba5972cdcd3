const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** Replaces ASCII digits with Persian ones ("98" → "۹۸"). */
export function toPersianDigits(value: string | number): string {
  return String(value).replace(/[0-9]/g, (digit) => PERSIAN_DIGITS[Number(digit)] ?? digit);
}

/** A number in Persian digits with "," thousands separators, as on divar cards ("۳۵,۰۰۰,۰۰۰"). */
export function formatNumberFa(value: number): string {
  const grouped = Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return toPersianDigits(grouped);
}

/** A Toman amount as divar writes it ("۲۰,۵۰۰,۰۰۰,۰۰۰ تومان"), or "توافقی" when unknown. */
export function formatToman(value: number | undefined): string {
  return value === undefined ? 'توافقی' : `${formatNumberFa(value)} تومان`;
}

/** Persian words divar uses for room counts, index = rooms (5 means five or more). */
export const ROOM_WORDS = ['بدون اتاق', 'یک', 'دو', 'سه', 'چهار', 'پنج یا بیشتر'] as const;

/** The room-count word for a number of rooms. */
export function roomsWord(rooms: number): string {
  return ROOM_WORDS[Math.min(Math.max(rooms, 0), 5)] ?? 'پنج یا بیشتر';
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Divar-style relative time ("لحظاتی پیش", "۳ ساعت پیش", "دیروز", "۲ هفته پیش"). */
export function relativeTimeFa(elapsedMs: number): string {
  if (elapsedMs < 5 * MINUTE) return 'لحظاتی پیش';
  if (elapsedMs < 15 * MINUTE) return 'دقایقی پیش';
  if (elapsedMs < 30 * MINUTE) return 'ربع ساعت پیش';
  if (elapsedMs < HOUR) return 'نیم ساعت پیش';
  if (elapsedMs < DAY) return `${toPersianDigits(Math.floor(elapsedMs / HOUR))} ساعت پیش`;
  if (elapsedMs < 2 * DAY) return 'دیروز';
  if (elapsedMs < 7 * DAY) return `${toPersianDigits(Math.floor(elapsedMs / DAY))} روز پیش`;
  if (elapsedMs < 30 * DAY) return `${toPersianDigits(Math.floor(elapsedMs / (7 * DAY)))} هفته پیش`;
  return `${toPersianDigits(Math.floor(elapsedMs / (30 * DAY)))} ماه پیش`;
}

/**
 * Folds text for comparisons: drops ZWNJ and tatweel, maps Arabic ي/ك to Persian ی/ک and Persian
 * digits to ASCII, collapses spaces and lower-cases Latin letters.
 */
export function normalizeFa(text: string): string {
  return text
    .replace(/[\u200c\u200f\u0640]/g, '')
    .replace(/ي/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[۰-۹]/g, (digit) => String(PERSIAN_DIGITS.indexOf(digit)))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
