import { translate } from '../i18n';
import type { ExportColumn } from './columns';

/** A moment's wall-clock fields in Tehran, in the Gregorian or the Persian (Jalali) calendar. */
interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function tehranClock(date: Date, calendar: 'gregory' | 'persian'): WallClock {
  let format = formats.get(calendar);
  if (!format) {
    format = new Intl.DateTimeFormat(`en-US-u-ca-${calendar}-nu-latn`, {
      timeZone: 'Asia/Tehran',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(calendar, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  const [year, month, day, hour, minute, second] = [
    'year',
    'month',
    'day',
    'hour',
    'minute',
    'second',
  ].map((type) => Number.parseInt(parts[type] ?? '0', 10)) as number[];
  return { year, month, day, hour, minute, second } as WallClock;
}

const two = (n: number) => String(n).padStart(2, '0');

/** An ISO time of divar's (UTC) as a Date, or undefined when it does not read. */
export function parseIso(text: string): Date | undefined {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The Date a spreadsheet should show for `date`: its UTC fields are Tehran's wall clock, since a
 * sheet's date cell has no time zone (write-excel-file counts days from the UTC epoch).
 */
export function sheetDate(date: Date): Date {
  const c = tehranClock(date, 'gregory');
  return new Date(Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second));
}

/** ISO 8601 in Tehran time with its offset, to the second: `2026-09-22T00:06:10+03:30`. */
export function isoTehran(date: Date): string {
  const c = tehranClock(date, 'gregory');
  const offset = Math.round(
    (sheetDate(date).getTime() - Math.floor(date.getTime() / 1000) * 1000) / 60_000,
  );
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${c.year}-${two(c.month)}-${two(c.day)}T${two(c.hour)}:${two(c.minute)}:${two(c.second)}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** The Jalali date and time in Tehran, as Iranian spreadsheets write it: `1405/06/31 00:06`. */
export function jalaliText(date: Date): string {
  const c = tehranClock(date, 'persian');
  return `${c.year}/${two(c.month)}/${two(c.day)} ${two(c.hour)}:${two(c.minute)}`;
}

/**
 * The columns of a spreadsheet export: each date column followed by its Jalali twin as text
 * («تاریخ انتشار (شمسی)»), so the sheet has a real date to sort by and the date people read.
 */
export function withJalaliColumns(columns: readonly ExportColumn[]): ExportColumn[] {
  return columns.flatMap((column) => {
    if (column.kind !== 'date') return [column];
    const jalali: ExportColumn = {
      key: `${column.key}Jalali`,
      fa: translate('fa', 'export.jalali').replace('{name}', column.fa),
      en: translate('en', 'export.jalali').replace('{name}', column.en),
      kind: 'text',
      read: (listing) => {
        const raw = column.read(listing);
        const date = typeof raw === 'string' ? parseIso(raw) : undefined;
        return date ? jalaliText(date) : undefined;
      },
    };
    return [column, jalali];
  });
}
