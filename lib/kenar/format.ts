/** How Kenar values are shown: dates in the Jalali calendar for Persian, numbers with separators. */
import type { Lang } from '../i18n';
import { formatNumber as formatLocalNumber } from '../i18n/number';

/** A date (RFC 3339 or YYYY-MM-DD) as the UI language writes it; the input when unreadable. */
export function formatDate(value: string | undefined, lang: Lang, withTime = false): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const locale = lang === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB';
  const time = withTime ? ({ hour: '2-digit', minute: '2-digit' } as const) : {};
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    timeZone: 'Asia/Tehran',
    ...time,
  }).format(date);
}

/** A number (or int64 string) with the UI language's digits and separators. */
export function formatNumber(value: number | string | undefined, lang: Lang): string {
  if (value === undefined || value === '') return '';
  const number = Number(value);
  return Number.isFinite(number) ? formatLocalNumber(lang, number) : String(value);
}

/** One day of a 7-day series, zero when Kenar left the count out (proto3 omits zeros). */
export interface DayCount {
  date: string;
  count: number;
}

/** The daily counts of a stats series, zero-filled and in date order. */
export function dailyCounts(
  daily: readonly { date?: string; count?: number }[] | undefined,
): DayCount[] {
  return (daily ?? [])
    .filter((day): day is { date: string; count?: number } => Boolean(day.date))
    .map((day) => ({ date: day.date, count: day.count ?? 0 }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
