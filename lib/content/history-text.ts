import { HISTORY_PAGE_WORDS } from '../history/i18n/page';
import type { CardNote } from '../history/summary';
import { formatNumber } from '../i18n/number';

type Lang = 'fa' | 'en';

/** A day of the Jalali calendar in Tehran, as divar's users write it («۱۲ آبان», "Aban 12"). */
export function jalaliDay(ms: number, lang: Lang, withYear = false): string {
  return new Intl.DateTimeFormat(lang === 'fa' ? 'fa-IR-u-ca-persian' : 'en-US-u-ca-persian', {
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'Asia/Tehran',
  }).format(ms);
}

/** Fills `{name}` slots of a phrase. */
export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** The card badge's history part: «↓ ۸٪ از ۱۲ آبان، دوباره آگهی شده، ۴۵ روز در دیوار». */
export function noteText(note: CardNote, lang: Lang): string {
  const w = HISTORY_PAGE_WORDS[lang];
  const parts: string[] = [];
  if (note.change && Math.round(Math.abs(note.change.percent)) > 0)
    parts.push(
      fill(w.since, {
        arrow: note.change.percent < 0 ? '↓' : '↑',
        p: formatNumber(lang, Math.round(Math.abs(note.change.percent)), 0),
        date: jalaliDay(note.change.since, lang),
      }),
    );
  if (note.reposted) parts.push(w.reposted);
  if (note.days !== undefined) parts.push(fill(w.days, { n: formatNumber(lang, note.days, 0) }));
  return parts.join(lang === 'fa' ? '، ' : ', ');
}
