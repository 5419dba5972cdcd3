import type { TokenHistory } from './types';

/** One amount of a listing at a time (price, or deposit when divar gave no price). */
export interface PricePoint {
  at: number;
  value: number;
}

/** A change of that amount, with its percentage of the amount before. */
export interface PriceChange {
  at: number;
  from: number;
  to: number;
  percent: number;
}

/** How a re-post was matched: same seller, title and size; or same district, title and size. */
export type RepostMatch = 'seller-title-size' | 'district-title-size';

/** The earlier token a listing was re-posted from. */
export interface Repost {
  token: string;
  firstSeen: number;
  lastSeen: number;
  match: RepostMatch;
}

/** What the post page's history card shows. */
export interface PostHistory {
  token: string;
  firstSeen: number;
  lastSeen: number;
  /** Days on divar: from publication (or first sight, or the earlier token's) until now. */
  days: number;
  amount: 'price' | 'deposit';
  points: PricePoint[];
  changes: PriceChange[];
  removed?: TokenHistory['removed'];
  repost?: Repost;
}

/** What a search result card's badge says (nothing when there is nothing to say). */
export interface CardNote {
  /** Percent from the first recorded amount to the latest, and when that first one was seen. */
  change?: { percent: number; since: number };
  reposted?: boolean;
  /** Days on divar, when at least LONG_ON_DIVAR_DAYS. */
  days?: number;
}

/** A listing this long on divar gets a «N روز در دیوار» badge. */
export const LONG_ON_DIVAR_DAYS = 30;
const DAY = 86_400_000;

/** The amount's points, one per change (price when divar ever gave one, else deposit). */
export function pricePoints(history: TokenHistory): Pick<PostHistory, 'amount' | 'points'> {
  const amount = history.observations.some((o) => o.price !== undefined) ? 'price' : 'deposit';
  const points: PricePoint[] = [];
  for (const observation of history.observations) {
    const value = observation[amount];
    if (value !== undefined && value !== points.at(-1)?.value)
      points.push({ at: observation.at, value });
  }
  return { amount, points };
}

const percentOf = (from: number, to: number) =>
  from > 0 ? Math.round(((to - from) / from) * 1000) / 10 : 0;

/** Every change between consecutive points. */
export function changesOf(points: PricePoint[]): PriceChange[] {
  return points.slice(1).map((point, i) => {
    const from = points[i]?.value ?? point.value;
    return { at: point.at, from, to: point.value, percent: percentOf(from, point.value) };
  });
}

/** The earliest other token with the same re-post key that was gone before this one appeared. */
export function findRepost(history: TokenHistory, same: TokenHistory[]): Repost | undefined {
  if (!history.repostKey) return undefined;
  const earlier = same.find(
    (other) =>
      other.token !== history.token &&
      other.firstSeen < history.firstSeen &&
      (other.removed !== undefined || other.lastSeen < history.firstSeen),
  );
  if (!earlier) return undefined;
  const match = history.repostKey.startsWith('s:') ? 'seller-title-size' : 'district-title-size';
  return { token: earlier.token, firstSeen: earlier.firstSeen, lastSeen: earlier.lastSeen, match };
}

/** The post page's history card (pure). */
export function postHistory(history: TokenHistory, now: number, repost?: Repost): PostHistory {
  const { amount, points } = pricePoints(history);
  const start = Math.min(
    history.publishedAt ?? history.firstSeen,
    history.firstSeen,
    repost?.firstSeen ?? Infinity,
  );
  const end = history.removed ? history.lastSeen : Math.max(now, history.lastSeen);
  return {
    token: history.token,
    firstSeen: history.firstSeen,
    lastSeen: history.lastSeen,
    days: Math.max(0, Math.floor((end - start) / DAY)),
    amount,
    points,
    changes: changesOf(points),
    ...(history.removed ? { removed: history.removed } : {}),
    ...(repost ? { repost } : {}),
  };
}

/** The card badge's facts, or undefined when there is nothing worth saying. */
export function cardNote(post: PostHistory): CardNote | undefined {
  const note: CardNote = {};
  const [first, last] = [post.points[0], post.points.at(-1)];
  if (first && last && first.value !== last.value)
    note.change = { percent: percentOf(first.value, last.value), since: first.at };
  if (post.repost) note.reposted = true;
  if (post.days >= LONG_ON_DIVAR_DAYS) note.days = post.days;
  return Object.keys(note).length > 0 ? note : undefined;
}
