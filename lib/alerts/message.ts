import { formatDigits } from '../i18n/format';
import { formatAmounts } from '../watch/format';
import { notificationName } from '../watch/notify';
import type { Amounts, WatchedSearch, WatchHit } from '../watch/types';
import type { AlertItem, AlertMessage } from './types';

/** Most listings one alert names; the rest are counted (a bot message holds 4,096 characters). */
export const ITEMS_PER_ALERT = 10;
const MAX_TEXT = 4000;

/** The main amount a change is measured on: the price, else the deposit, else the rent. */
function mainAmount(amounts: Amounts): number | undefined {
  return amounts.price ?? amounts.deposit ?? amounts.monthlyRent;
}

/** The change of the main amount in percent, one decimal (−8.3 for a drop), if both are known. */
export function changePercent(hit: WatchHit): number | undefined {
  const [was, is] = [hit.previous && mainAmount(hit.previous), mainAmount(hit)];
  if (!was || is === undefined) return undefined;
  return Math.round(((is - was) / was) * 1000) / 10;
}

/** A percentage in Persian: «۸٫۳٪ کمتر» or «۵٪ بیشتر». */
function percentWords(percent: number): string {
  const size = formatDigits('fa', Math.abs(percent).toString().replace('.', '٫'));
  return `${size}٪ ${percent < 0 ? 'کمتر' : 'بیشتر'}`;
}

function lineOf(hit: WatchHit, item: AlertItem): string {
  const head = hit.kind === 'new' ? '🆕 آگهی تازه' : '📉 کاهش قیمت';
  const lines = [`${head}: ${hit.title}`, `قیمت: ${formatAmounts('fa', hit)}`];
  if (hit.previous) {
    const change = item.changePercent === undefined ? '' : `، ${percentWords(item.changePercent)}`;
    lines.push(`قبلاً: ${formatAmounts('fa', hit.previous)}${change}`);
  }
  if (hit.district) lines.push(`محله: ${hit.district}`);
  lines.push(hit.url);
  return lines.join('\n');
}

/** A hit as the webhook's JSON names it. */
export function alertItemOf(hit: WatchHit): AlertItem {
  const { kind, token, url, title, district, price, deposit, monthlyRent, previous } = hit;
  const change = changePercent(hit);
  return {
    ...{ kind, token, url, title, district, price, deposit, monthlyRent, previous },
    ...(change === undefined ? {} : { changePercent: change }),
  };
}

/**
 * The alert for one check's hits, in Persian: the watch's name, how many new listings and price
 * drops, then for each (up to ITEMS_PER_ALERT) its title, price, old price and change, district and
 * post link; the webhook gets the same as JSON with `version: 1`.
 */
export function alertMessageFor(search: WatchedSearch, hits: WatchHit[], at: number): AlertMessage {
  const fresh = hits.filter((hit) => hit.kind === 'new').length;
  const drops = hits.length - fresh;
  const counts = [
    fresh > 0 ? `${formatDigits('fa', fresh)} آگهی تازه` : '',
    drops > 0 ? `${formatDigits('fa', drops)} کاهش قیمت` : '',
  ].filter(Boolean);
  const name = notificationName('fa', search);
  const shown = hits.slice(0, ITEMS_PER_ALERT);
  const items = hits.map(alertItemOf);
  const blocks = shown.map((hit, i) => lineOf(hit, items[i] as AlertItem));
  const rest = hits.length - shown.length;
  if (rest > 0) blocks.push(`و ${formatDigits('fa', rest)} مورد دیگر`);
  const text = [`🔔 ${name}: ${counts.join('، ')}`, ...blocks].join('\n\n').slice(0, MAX_TEXT);
  const watch = { id: search.id, name, url: search.url };
  return {
    text,
    payload: { version: 1, watch, checkedAt: new Date(at).toISOString(), items, text },
  };
}

/** The message the Test button sends, so the user sees the chat or webhook works. */
export function testMessageFor(search: WatchedSearch, at: number): AlertMessage {
  const name = notificationName('fa', search);
  const text = `✅ کنش‌های دیوار: پیام آزمایشی برای «${name}». خبرهای این جستجو به اینجا فرستاده می‌شود.`;
  const watch = { id: search.id, name, url: search.url };
  return {
    text,
    payload: {
      version: 1,
      watch,
      checkedAt: new Date(at).toISOString(),
      items: [],
      text,
      test: true,
    },
  };
}
