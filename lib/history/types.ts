/** Most cards one page message may carry (a page sends more in several messages). */
export const MAX_PAGE_CARDS = 60;

/** Where an observation of a listing came from. */
export type HistorySource = 'crawl' | 'watch' | 'details' | 'card';

/** The facts of a listing the history keeps (amounts in toman, size in square metres). */
export interface ObservedFacts {
  price?: number;
  deposit?: number;
  rent?: number;
  title?: string;
  district?: string;
  size?: number;
  /** The agency or shop name, or divar's seller type, when known (used to match re-posts). */
  seller?: string;
}

/** One observation: only the facts that changed since the one before it (the first has all). */
export interface Observation extends ObservedFacts {
  at: number;
  source: HistorySource;
}

/** Why a listing is taken as gone from divar. */
export type RemovedWhy = 'not-found' | 'recrawl';

/** Everything the history knows of one token. */
export interface TokenHistory {
  token: string;
  firstSeen: number;
  lastSeen: number;
  /** Set when the post answered 404 or left a full re-crawl; cleared if it is seen again. */
  removed?: { at: number; why: RemovedWhy };
  /** Changes, oldest first, at most MAX_OBSERVATIONS (older ones folded into the first). */
  observations: Observation[];
  /** Seller, title and size (or district, title and size) in one string, to find re-posts. */
  repostKey?: string;
  /** When divar says the post was published (ms), if a source told. */
  publishedAt?: number;
  /** How many times a clock behind the last record was met (the record kept its order). */
  clockBehind?: number;
}

/** A listing as a recorder hands it to the history. */
export interface ObservedListing {
  token: string;
  facts: ObservedFacts;
  publishedAt?: number;
}
