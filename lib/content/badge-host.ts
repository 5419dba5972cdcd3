import { DRAWN_TEXT_CSS, drawnText, setDrawnText } from './drawn-text';

/** Tag of a card badge's host element. */
export const BADGE = 'divar-actions-badge';

// Each card's badge: a host element in the card and a closed shadow root only this content script
// holds, so a page script (which may plant fake cards) cannot read which posts the user fetched,
// exported or collected. Its text is drawn by CSS, so window.find() cannot find it either. Every
// readable card gets a host of one fixed size, shown or empty, so neither its presence nor its
// size tells a marked card from an unmarked one.
const roots = new WeakMap<Element, ShadowRoot>();
const HOST_STYLE = 'display:block;height:22px;margin:4px 0;overflow:hidden;';
const BADGE_STYLE = `
.frame { height: 22px; overflow: hidden; }
.badge { display: inline-block; max-width: 100%; box-sizing: border-box; overflow: hidden;
  white-space: nowrap; text-overflow: ellipsis; padding: 1px 8px; border-radius: 999px;
  background: #fbeaea; color: #a62626; font: 12px/18px Vazirmatn, Tahoma, sans-serif;
  user-select: none; }
.badge[data-text=''] { display: none; }
${DRAWN_TEXT_CSS}
`;

/** What a card's badge shows ('' for none), for this content script and its tests only. */
export function badgeText(card: Element): string {
  return drawnText(badgeRoot(card)?.querySelector('.badge'));
}

/** The closed shadow root of a card's badge, for this content script and its tests only. */
export function badgeRoot(card: Element): ShadowRoot | undefined {
  for (const host of card.querySelectorAll(BADGE)) {
    const root = roots.get(host);
    if (root) return root;
  }
  return undefined;
}

// Each card's badge element while its host is still in the card (the page may remove it).
const badges = new WeakMap<Element, { host: Element; badge: Element }>();

/** The badge element of a card, made (with its host and closed root) on first use. */
export function badgeOf(doc: Document, card: Element): Element {
  const known = badges.get(card);
  if (known && known.host.parentNode === card) return known.badge;
  const root = badgeRoot(card);
  const existing = root?.querySelector('.badge');
  if (existing) return existing;
  const host = doc.createElement(BADGE);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = BADGE_STYLE;
  const badge = doc.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('role', 'note');
  setDrawnText(badge, '');
  const frame = doc.createElement('div');
  frame.className = 'frame';
  frame.append(badge);
  shadow.append(style, frame);
  roots.set(host, shadow);
  badges.set(card, { host, badge });
  card.append(host);
  return badge;
}
