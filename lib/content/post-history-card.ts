import { HISTORY_PAGE_WORDS } from '../history/i18n/page';
import type { PostHistory } from '../history/summary';
import { formatNumber } from '../i18n/number';
import { DRAWN_TEXT_CSS, setDrawnText } from './drawn-text';
import { fill, jalaliDay } from './history-text';
import { sparkline } from './sparkline';

type Lang = 'fa' | 'en';
/** Tag of the post history card's host element. */
export const HOST = 'divar-actions-history';

// One host of one fixed size on every post page, with or without a history, so neither its
// presence nor its size tells a page script whether this post was seen before. Closed root:
// only this content script reads it; the text is drawn (see drawn-text.ts).
const HOST_STYLE = 'display:block;height:172px;margin:8px 0;overflow:hidden;';
const STYLE = `
.card { box-sizing: border-box; height: 172px; overflow: auto; padding: 8px 12px;
  border: 1px solid #e6e6e6; border-radius: 8px; background: #fff; color: #1f1f1f;
  font: 13px/22px Vazirmatn, Tahoma, sans-serif; }
.title { font-weight: 700; color: #a62626; }
.line { margin: 0; }
.muted { color: #666; }
ul { margin: 2px 0; padding-inline-start: 18px; }
svg { display: block; margin-top: 4px; }
${DRAWN_TEXT_CSS}
`;
const roots = new WeakMap<Document, ShadowRoot>();

/** The history card's closed root in `doc`, for this content script and its tests only. */
export const historyCardRoot = (doc: Document) => roots.get(doc);

function mount(doc: Document): ShadowRoot {
  const existing = roots.get(doc);
  if (existing?.host.isConnected) return existing;
  for (const stale of doc.querySelectorAll(HOST)) stale.remove();
  const host = doc.createElement(HOST);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(doc, root);
  const title = doc.querySelector('.kt-page-title');
  if (title) title.after(host);
  else (doc.querySelector('main') ?? doc.body).prepend(host);
  return root;
}

/** "45 days on divar", or "less than a day" rather than "0 days" for a post first seen today. */
function daysOnDivar(days: number, lang: Lang): string {
  const w = HISTORY_PAGE_WORDS[lang];
  if (days < 1) return w.underADay;
  return fill(days === 1 ? w.oneDay : w.days, { n: formatNumber(lang, days, 0) });
}

/** The lines of the card, in order (pure; the tests read them). */
export function historyLines(history: PostHistory | null, lang: Lang): string[][] {
  const w = HISTORY_PAGE_WORDS[lang];
  if (!history) return [[w.none]];
  const day = (ms: number) => jalaliDay(ms, lang, true);
  const n = (v: number) => formatNumber(lang, v, 0);
  const lines: string[][] = [
    [fill(w.firstSeen, { date: day(history.firstSeen) }), daysOnDivar(history.days, lang)],
  ];
  if (history.removed) lines.push([fill(w.removed, { date: day(history.removed.at) })]);
  if (history.repost) {
    const { firstSeen, lastSeen, match } = history.repost;
    lines.push([
      fill(w.repostedFrom, { from: day(firstSeen), to: day(lastSeen) }),
      match === 'seller-title-size' ? w.matchSeller : w.matchDistrict,
    ]);
  }
  if (history.changes.length === 0) lines.push([w.noChange]);
  for (const change of history.changes.slice(-6))
    lines.push([
      fill(w.change, {
        date: day(change.at),
        from: n(change.from),
        to: n(change.to),
        p: `${change.percent > 0 ? '+' : change.percent < 0 ? '−' : ''}${formatNumber(lang, Math.abs(change.percent), 1)}`,
      }),
    ]);
  return lines;
}

/** Draws (or redraws) the post page's history card. */
export function renderHistoryCard(doc: Document, history: PostHistory | null, lang: Lang): void {
  const root = mount(doc);
  const w = HISTORY_PAGE_WORDS[lang];
  const card = doc.createElement('section');
  card.className = 'card';
  card.setAttribute('dir', lang === 'fa' ? 'rtl' : 'ltr');
  const title = doc.createElement('p');
  title.className = 'line title';
  setDrawnText(title, w.title);
  card.append(title);
  const [first, ...rest] = historyLines(history, lang);
  const lineOf = (parts: string[], muted = false) => {
    const p = doc.createElement('p');
    p.className = muted ? 'line muted' : 'line';
    setDrawnText(p, parts.join(lang === 'fa' ? '، ' : ', '));
    return p;
  };
  if (first) card.append(Object.assign(lineOf(first), { className: 'line summary' }));
  const list = doc.createElement('ul');
  for (const parts of rest) {
    const item = doc.createElement('li');
    item.append(lineOf(parts, parts.length > 1));
    list.append(item);
  }
  if (rest.length > 0) card.append(list);
  if (history && history.points.length >= 2)
    card.append(sparkline(doc, history.points, history.amount === 'price' ? w.price : w.deposit));
  const style = doc.createElement('style');
  style.textContent = STYLE;
  root.replaceChildren(style, card);
}
