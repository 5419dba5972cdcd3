import { type Lang, translate } from '../i18n';
import { formatToman, joinParts } from '../i18n/format';
import { watchText } from './i18n';
import type { Amounts } from './types';

/** The amounts of a listing in words: "1,200,000 toman", or "deposit …, rent …" for rentals. */
export function formatAmounts(lang: Lang, amounts: Amounts): string {
  const toman = (n: number) => formatToman(lang, n);
  if (amounts.price !== undefined) return toman(amounts.price);
  const parts = [
    amounts.deposit !== undefined ? `${watchText(lang, 'deposit')} ${toman(amounts.deposit)}` : '',
    amounts.monthlyRent === 0 ? translate(lang, 'post.fullDeposit') : '',
    amounts.monthlyRent ? `${watchText(lang, 'rent')} ${toman(amounts.monthlyRent)}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? joinParts(lang, parts) : watchText(lang, 'hit.noPrice');
}

/** A moment relative to `now` in words: "just now", "5 min ago", "in 12 min", or "not yet". */
export function formatWhen(lang: Lang, at: number | undefined, now: number): string {
  if (at === undefined) return watchText(lang, 'never');
  const minutes = Math.round((at - now) / 60_000);
  if (minutes === 0) return watchText(lang, 'justNow');
  return minutes > 0
    ? watchText(lang, 'inMinutes', { n: minutes })
    : watchText(lang, 'minutesAgo', { n: -minutes });
}

/** A clock time (hours and minutes) in the reader's language. */
export function formatClock(lang: Lang, at: number): string {
  return new Date(at).toLocaleTimeString(lang === 'fa' ? 'fa-IR' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** The toolbar badge for a number of unseen hits: '' for none, '99+' past 99. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}
