import { parseAmount, parsePersianNumber } from '../divar/listing/persian-number';
import type { CardFacts } from './card-badges';

// Post page markup (2026-11, NOTES §7): the title, "title: value" rows, and the group row table.
const TITLE = 'h1.kt-page-title__title, .kt-page-title h1';
const ROW = '.kt-unexpandable-row, .kt-base-row';
const ROW_TITLE = '.kt-unexpandable-row__title, .kt-base-row__title';
const ROW_VALUE = '.kt-unexpandable-row__value, .kt-base-row__end';
const GROUP = 'table.kt-group-row';

/** What the post page itself shows of its listing (read from the page, no request made). */
export interface PostFacts extends Omit<CardFacts, 'isRent'> {
  deposit?: number;
  rent?: number;
}

const amountOf = (text: string) => {
  const amount = parseAmount(text);
  return amount?.kind === 'toman' ? amount.value : undefined;
};

/** Reads title, price (or deposit and rent) and size from a post page's markup. */
export function readPostFacts(doc: Document, token: string): PostFacts {
  const facts: PostFacts = { token };
  const title = doc.querySelector(TITLE)?.textContent?.trim();
  if (title) facts.title = title.slice(0, 200);
  for (const row of doc.querySelectorAll(ROW)) {
    const name = row.querySelector(ROW_TITLE)?.textContent?.trim() ?? '';
    const value = row.querySelector(ROW_VALUE)?.textContent ?? '';
    if (name === 'قیمت کل' || name === 'قیمت') facts.price = amountOf(value);
    else if (name === 'ودیعه') facts.deposit = amountOf(value);
    else if (name.startsWith('اجار')) facts.rent = amountOf(value);
  }
  for (const table of doc.querySelectorAll(GROUP)) {
    const heads = [...table.querySelectorAll('th')].map((th) => th.textContent?.trim());
    const at = heads.indexOf('متراژ');
    const cell = at >= 0 ? table.querySelectorAll('td')[at]?.textContent : undefined;
    const size = cell ? parsePersianNumber(cell) : undefined;
    if (size) facts.size = size;
  }
  for (const key of ['price', 'deposit', 'rent'] as const)
    if (facts[key] === undefined) delete facts[key];
  return facts;
}
