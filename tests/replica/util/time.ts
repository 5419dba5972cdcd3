/** The zero timestamp divar sends when a cursor has no position ("0001-01-01T00:00:00Z"). */
export const ZERO_DATE = '0001-01-01T00:00:00Z';

/** ISO-8601 UTC with microseconds, as divar's `sort_date` ("2026-09-15T14:29:17.323148Z"). */
export function microsToIso(micros: number): string {
  const ms = Math.floor(micros / 1000);
  const fraction = String(micros % 1_000_000).padStart(6, '0');
  return `${new Date(ms).toISOString().slice(0, 19)}.${fraction}Z`;
}

/** Microseconds of an ISO timestamp (any fraction length); undefined when unparsable. */
export function isoToMicros(iso: string): number | undefined {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?Z$/.exec(iso);
  if (!match) return undefined;
  const seconds = Date.parse(`${match[1]}Z`);
  if (Number.isNaN(seconds)) return undefined;
  const fraction = (match[2] ?? '').padEnd(6, '0').slice(0, 6);
  return seconds * 1000 + Number(fraction);
}

/** ISO with nanosecond digits, as `first_page_viewed_at` ("2026-09-15T20:27:06.543881332Z"). */
export function msToNanoIso(ms: number, extraNanos: number): string {
  const iso = new Date(Math.floor(ms)).toISOString().slice(0, 23);
  return `${iso}${String(extraNanos % 1_000_000).padStart(6, '0')}Z`;
}
