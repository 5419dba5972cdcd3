import { describeSearch } from '../divar/search-info';
import type { Lang } from '../i18n';
import { formatAmounts } from './format';
import { watchText } from './i18n';
import type { WatchedSearch, WatchHit } from './types';

/** How many hits a notification names; the rest are counted. */
export const LINES_PER_NOTIFICATION = 3;

/** A system notification about one check's hits. */
export interface WatchNotification {
  /** Says what a click opens: see notificationTarget. */
  id: string;
  title: string;
  message: string;
}

/** What clicking a watch notification opens. */
export type NotificationTarget =
  | { kind: 'post'; watchId: string; token: string }
  | { kind: 'results'; watchId: string };

const PREFIX = 'watch';

function lineOf(lang: Lang, hit: WatchHit): string {
  const line = `${hit.title} — ${formatAmounts(lang, hit)}`;
  if (hit.kind === 'new' || !hit.previous) return line;
  return `${line} (${watchText(lang, 'hit.was', { amount: formatAmounts(lang, hit.previous) })})`;
}

/**
 * The name a notification may show for a watched search: the one the user typed, else the name of
 * its category from the extension's own tables, else "Watched search"; never text read from the
 * URL (`q=`, slugs), which the page that was watched chose.
 */
export function notificationName(lang: Lang, search: WatchedSearch): string {
  if (search.named) return search.name;
  const info = describeSearch(search.url, undefined);
  return (info.ok ? info.query.category?.name : undefined) ?? watchText(lang, 'notify.search');
}

/**
 * The notification for one check's hits: how many new listings and price drops, the first few
 * titles and prices as divar's API gave them; its id leads a click to the post (one hit) or to the
 * results view (several).
 */
export function notificationFor(
  lang: Lang,
  search: WatchedSearch,
  hits: WatchHit[],
  at: number,
): WatchNotification {
  const fresh = hits.filter((hit) => hit.kind === 'new').length;
  const drops = hits.length - fresh;
  const counts = [
    fresh > 0 ? watchText(lang, 'notify.new', { n: fresh }) : '',
    drops > 0 ? watchText(lang, 'notify.drop', { n: drops }) : '',
  ].filter(Boolean);
  const lines = hits.slice(0, LINES_PER_NOTIFICATION).map((hit) => lineOf(lang, hit));
  const rest = hits.length - lines.length;
  if (rest > 0) lines.push(watchText(lang, 'notify.more', { n: rest }));
  const [only] = hits;
  const id =
    hits.length === 1 && only
      ? `${PREFIX}:${search.id}:post:${only.token}`
      : `${PREFIX}:${search.id}:results:${at}`;
  return {
    id,
    title: `${notificationName(lang, search)}: ${counts.join(lang === 'fa' ? '، ' : ', ')}`,
    message: lines.join('\n'),
  };
}

/** What a notification id asks a click to open, or undefined when it is not a watch notification. */
export function notificationTarget(id: string): NotificationTarget | undefined {
  const [prefix, watchId, kind, rest] = id.split(':');
  if (prefix !== PREFIX || !watchId || !rest) return undefined;
  if (kind === 'post') return { kind: 'post', watchId, token: rest };
  if (kind === 'results') return { kind: 'results', watchId };
  return undefined;
}

/** Where a click on a one-post notification goes: the post's own URL if it is a divar post. */
export function postUrlOf(token: string, storedUrl: string | undefined): string {
  const parsed = storedUrl && URL.canParse(storedUrl) ? new URL(storedUrl) : undefined;
  const isPost = parsed?.origin === 'https://divar.ir' && parsed.pathname.startsWith('/v/');
  return isPost && storedUrl ? storedUrl : `https://divar.ir/v/${encodeURIComponent(token)}`;
}
