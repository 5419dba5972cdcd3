import { parseAmount } from '../divar/listing/persian-number';
import { postTokenOfHref } from '../divar/post-url';
import { toAsciiDigits } from '../divar/text';
import { formatNumber } from '../i18n/number';
import { PAGE_WORDS } from '../i18n/page';
import { badgeOf } from './badge-host';
import { setDrawnText } from './drawn-text';

/** What a result card on a divar.ir search page tells about its listing. */
export interface CardFacts {
  token: string;
  price?: number;
  size?: number;
  /** The card's title as shown (the listing history keeps it). */
  title?: string;
  /** The card states a deposit or rent (its `price` is then one of those, not a sale price). */
  isRent?: boolean;
}

// Card markup, newest first (2026-11, NOTES §7): class names drift, hashed suffixes are avoided.
const CARD = 'article.unsafe-kt-post-card, div.post-card-item, .kt-post-card';
const LINK = 'a.unsafe-kt-post-card__action, a.kt-post-card__action, a[href*="/v/"]';
const TITLE = 'h2.unsafe-kt-post-card__title, h2.kt-post-card__title, h2';
const DESCRIPTION = '.unsafe-kt-post-card__description, .kt-post-card__description';

// What each card element said, by its link element and the link's target: badges redraw while a
// page loads (the background's answers arrive) and at every scroll, and divar may reuse an element
// for another listing. While the same link is in the card with the same target, nothing is read.
const readings = new WeakMap<
  Element,
  { link: Element; href: string; facts: CardFacts | undefined }
>();

/** Reads a card's token, price (the description that names toman) and size (metres in the title). */
export function readCard(card: Element): CardFacts | undefined {
  const last = readings.get(card);
  if (last && card.contains(last.link) && last.link.getAttribute('href') === last.href) {
    return last.facts;
  }
  const link = card.querySelector(LINK);
  const href = link?.getAttribute('href');
  if (!link || !href) return undefined;
  const facts = last?.href === href ? last.facts : readCardAt(card, href);
  readings.set(card, { link, href, facts });
  return facts;
}

function readCardAt(card: Element, href: string): CardFacts | undefined {
  const token = postTokenOfHref(href);
  if (!token) return undefined;
  const facts: CardFacts = { token };
  for (const description of card.querySelectorAll(DESCRIPTION)) {
    const text = description.textContent ?? '';
    const amount = text.includes('تومان') ? parseAmount(text) : undefined;
    if (amount?.kind === 'toman') facts.price = amount.value;
    if (/ودیعه|اجاره/.test(text)) facts.isRent = true;
  }
  const title = card.querySelector(TITLE)?.textContent?.trim() ?? '';
  const size = /(\d{2,5})\s*متر/.exec(toAsciiDigits(title));
  if (size) facts.size = Number(size[1]);
  if (title) facts.title = title.slice(0, 200);
  return facts;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Fewer comparable cards than this and no card is compared with the median. */
export const MIN_SAMPLE = 8;

// No listing on divar is really priced under 10,000 toman: such prices are placeholders («۱۰۰۰
// تومان» for "call me"), as are prices 20 times below or above the others' median.
const FLOOR = 10_000;
const FAR = 20;

/** The values fit to compare: no placeholder, none absurdly far from the rest. */
function comparable(values: number[]): number[] {
  const real = values.filter((v) => v >= FLOOR);
  const middle = median(real) ?? 0;
  return real.filter((v) => v * FAR >= middle && v <= middle * FAR);
}

/**
 * Badge texts for the cards on screen: price per square metre (million toman) and, when the
 * cards share one category and city (`canCompare`) and at least MIN_SAMPLE of them have a real
 * price, how the price per metre (or the price, when no size is known) compares to their median.
 * Negotiable cards (no price) and placeholder prices are never compared.
 */
export function badgeTexts(
  cards: CardFacts[],
  lang: 'fa' | 'en',
  canCompare = true,
  wanted: (token: string) => boolean = () => true,
): Map<string, string> {
  const w = PAGE_WORDS[lang];
  const perMetre = (c: CardFacts) => (c.price && c.size ? c.price / c.size : undefined);
  const metreValues = comparable(cards.flatMap((c) => perMetre(c) ?? []));
  const priceValues = comparable(cards.flatMap((c) => c.price ?? []));
  const metreMedian = median(metreValues);
  const priceMedian = median(priceValues);
  // Whether a card's value is one of the compared ones, without a scan of them per card.
  const [metreSample, priceSample] = [new Set(metreValues), new Set(priceValues)];
  const out = new Map<string, string>();
  for (const card of cards) {
    if (!wanted(card.token)) continue; // every card counts for the medians; only these are written
    const metre = perMetre(card);
    const [value, sample, size, reference] =
      metre !== undefined
        ? [metre, metreSample, metreValues.length, metreMedian]
        : [card.price, priceSample, priceValues.length, priceMedian];
    const parts: string[] = [];
    if (metre !== undefined && card.price !== undefined && card.price >= FLOOR)
      parts.push(w.perMetre.replace('{n}', formatNumber(lang, Math.round(metre / 1e6), 0)));
    if (canCompare && value !== undefined && reference && size >= MIN_SAMPLE && sample.has(value)) {
      const diff = Math.round(((value - reference) / reference) * 100);
      parts.push(
        diff === 0
          ? w.atMedian
          : `${formatNumber(lang, Math.abs(diff), 0)}${w.percent} ${diff < 0 ? w.cheaper : w.dearer}`,
      );
    }
    if (parts.length > 0) out.set(card.token, parts.join(lang === 'fa' ? '، ' : ', '));
  }
  return out;
}

/** Tokens the extension already knows: fetched in a job, or put in the user's collection. */
export interface KnownTokens {
  fetched: ReadonlySet<string>;
  collected: ReadonlySet<string>;
  exported?: ReadonlySet<string>;
}

/** The result card elements on the page, in order. */
export function cardElements(doc: Document): Element[] {
  return [...doc.querySelectorAll(CARD)];
}

/** What the result cards on the page (or these card elements of it) tell, in order. */
export function readCards(doc: Document, elements = cardElements(doc)): CardFacts[] {
  return elements.map(readCard).flatMap((f) => (f ? [f] : []));
}

/** The tokens of the result cards on the page, in order. */
export function cardTokens(doc: Document): string[] {
  return readCards(doc).map((f) => f.token);
}

function marksOf(token: string, known: KnownTokens | undefined, lang: 'fa' | 'en'): string[] {
  const w = PAGE_WORDS[lang];
  const marks: string[] = [];
  if (known?.fetched.has(token)) marks.push(w.fetched);
  if (known?.exported?.has(token)) marks.push(w.exported);
  if (known?.collected.has(token)) marks.push(w.collected);
  return marks;
}

/**
 * Adds or updates one small badge on every result card on the page (never a second one);
 * `canCompare` says whether the cards share a category and city (see cardsComparable), and
 * `history` gives the listing history's words for the cards it has something to say about;
 * `isNear` limits the drawing to cards in or near the viewport (every reading comes first, so
 * no layout is read after a write).
 */
export function renderBadges(
  doc: Document,
  lang: 'fa' | 'en',
  known?: KnownTokens,
  canCompare = true,
  history?: ReadonlyMap<string, string>,
  isNear: (card: Element) => boolean = () => true,
): number {
  const cards = cardElements(doc);
  const facts = cards.map(readCard);
  // Only cards in or near the viewport get their badge; the rest when they come near.
  const near = new Set(cards.flatMap((card, i) => (isNear(card) ? (facts[i]?.token ?? []) : [])));
  const texts = badgeTexts(
    facts.filter((f): f is CardFacts => f !== undefined),
    lang,
    canCompare,
    (token) => near.has(token),
  );
  cards.forEach((card, i) => {
    const token = facts[i]?.token;
    if (!token || !near.has(token)) return;
    // The listing history speaks first: it is rare, and says what the page itself cannot.
    const text = [history?.get(token), texts.get(token), ...marksOf(token, known, lang)]
      .filter(Boolean)
      .join(lang === 'fa' ? '، ' : ', ');
    const badge = badgeOf(doc, card);
    // The card is right-to-left; English marks read left to right inside it.
    badge.setAttribute('dir', lang === 'fa' ? 'rtl' : 'ltr');
    setDrawnText(badge, text);
  });
  return texts.size;
}
