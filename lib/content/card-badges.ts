import { parseAmount } from '../divar/listing/persian-number';
import { parsePostUrl } from '../divar/post-url';
import { toAsciiDigits } from '../divar/text';
import { DRAWN_TEXT_CSS, drawnText, setDrawnText } from './drawn-text';

/** What a result card on a divar.ir search page tells about its listing. */
export interface CardFacts {
  token: string;
  price?: number;
  size?: number;
}

// Card markup, newest first (2026-11, NOTES §7): class names drift, hashed suffixes are avoided.
const CARD = 'article.unsafe-kt-post-card, div.post-card-item, .kt-post-card';
const LINK = 'a.unsafe-kt-post-card__action, a.kt-post-card__action, a[href*="/v/"]';
const TITLE = 'h2.unsafe-kt-post-card__title, h2.kt-post-card__title, h2';
const DESCRIPTION = '.unsafe-kt-post-card__description, .kt-post-card__description';
const BADGE = 'divar-actions-badge';

/** Reads a card's token, price (the description that names toman) and size (metres in the title). */
export function readCard(card: Element): CardFacts | undefined {
  const href = card.querySelector(LINK)?.getAttribute('href');
  const post = href ? parsePostUrl(new URL(href, 'https://divar.ir').href) : undefined;
  if (!post) return undefined;
  const facts: CardFacts = { token: post.token };
  for (const description of card.querySelectorAll(DESCRIPTION)) {
    const amount = /تومان/.test(description.textContent ?? '')
      ? parseAmount(description.textContent ?? '')
      : undefined;
    if (amount?.kind === 'toman') facts.price = amount.value;
  }
  const size = /(\d{2,5})\s*متر/.exec(toAsciiDigits(card.querySelector(TITLE)?.textContent ?? ''));
  if (size) facts.size = Number(size[1]);
  return facts;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * Badge texts for the cards on screen: price per square metre (million toman) and how the
 * price per metre (or the price, when no size is known) compares to the median of the others.
 */
export function badgeTexts(cards: CardFacts[], lang: 'fa' | 'en'): Map<string, string> {
  const perMetre = (c: CardFacts) => (c.price && c.size ? c.price / c.size : undefined);
  const metreValues = cards.map(perMetre).filter((v): v is number => v !== undefined);
  const priceValues = cards.map((c) => c.price).filter((v): v is number => v !== undefined);
  const [metreMedian, priceMedian] = [median(metreValues), median(priceValues)];
  const number = (n: number) => Math.round(n).toLocaleString(lang === 'fa' ? 'fa-IR' : 'en-US');
  const out = new Map<string, string>();
  for (const card of cards) {
    const metre = perMetre(card);
    const [value, reference] =
      metre !== undefined ? [metre, metreMedian] : [card.price, priceMedian];
    const parts: string[] = [];
    if (metre !== undefined)
      parts.push(
        lang === 'fa' ? `${number(metre / 1e6)} میلیون/متر` : `${number(metre / 1e6)}M/m²`,
      );
    if (
      value !== undefined &&
      reference &&
      (metre !== undefined ? metreValues : priceValues).length >= 3
    ) {
      const diff = Math.round(((value - reference) / reference) * 100);
      const word =
        lang === 'fa'
          ? diff < 0
            ? 'زیر میانه'
            : 'بالای میانه'
          : diff < 0
            ? 'below median'
            : 'above median';
      parts.push(
        diff === 0
          ? lang === 'fa'
            ? 'هم‌اندازهٔ میانه'
            : 'at median'
          : `${number(Math.abs(diff))}% ${word}`,
      );
    }
    if (parts.length > 0) out.set(card.token, parts.join(' · '));
  }
  return out;
}

/** Tokens the extension already knows: fetched in a job, or put in the user's collection. */
export interface KnownTokens {
  fetched: ReadonlySet<string>;
  collected: ReadonlySet<string>;
  exported?: ReadonlySet<string>;
}

/** The tokens of the result cards on the page, in order. */
export function cardTokens(doc: Document): string[] {
  return [...doc.querySelectorAll(CARD)].map(readCard).flatMap((f) => (f ? [f.token] : []));
}

function marksOf(token: string, known: KnownTokens | undefined, lang: 'fa' | 'en'): string[] {
  const marks: string[] = [];
  if (known?.fetched.has(token)) marks.push(lang === 'fa' ? '✓ دریافت‌شده' : '✓ fetched');
  if (known?.exported?.has(token)) marks.push(lang === 'fa' ? '⇩ خروجی گرفته شد' : '⇩ exported');
  if (known?.collected.has(token)) marks.push(lang === 'fa' ? '★ در مجموعه' : '★ collected');
  return marks;
}

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

function badgeOf(doc: Document, card: Element): Element {
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
  card.append(host);
  return badge;
}

/** Adds or updates one small badge on every result card on the page (never a second one). */
export function renderBadges(doc: Document, lang: 'fa' | 'en', known?: KnownTokens): number {
  const cards = [...doc.querySelectorAll(CARD)];
  const facts = cards.map(readCard);
  const texts = badgeTexts(
    facts.filter((f): f is CardFacts => f !== undefined),
    lang,
  );
  cards.forEach((card, i) => {
    const token = facts[i]?.token;
    if (!token) return;
    const text = [texts.get(token), ...marksOf(token, known, lang)].filter(Boolean).join(' · ');
    const badge = badgeOf(doc, card);
    // The card is right-to-left; English marks read left to right inside it.
    badge.setAttribute('dir', lang === 'fa' ? 'rtl' : 'ltr');
    setDrawnText(badge, text);
  });
  return texts.size;
}
