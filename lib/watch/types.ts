import type { ErrorKind } from '../errors';

/** Why a watched search stopped until the user acts: its URL no longer reads, or divar refused it. */
export interface BrokenReason {
  kind: ErrorKind;
  message: string;
  at: number;
}

/** A transient failure of the last check (network, 5xx, an odd answer); checks go on, slower. */
export interface CheckFailure {
  kind: ErrorKind;
  message: string;
}

/** A search the user watches, as stored in storage.local (what the popup lists). */
export interface WatchedSearch {
  id: string;
  name: string;
  /**
   * Set when the user typed the name in the extension's own pages; otherwise the name was made
   * from the URL (which a page chooses) and notifications never show it.
   */
  named?: boolean;
  /** The divar search page URL (`https://divar.ir/s/…`). */
  url: string;
  intervalMinutes: number;
  createdAt: number;
  /** Paused by the user. */
  paused: boolean;
  /** Set when the search cannot be checked any more; cleared when the user resumes it. */
  broken?: BrokenReason;
  /** When the last check ended (successfully or not). */
  lastCheckAt?: number;
  /** When the next check is due (the alarm's time). */
  nextCheckAt?: number;
  /** Whether a first check recorded what the search showed (it notifies nothing). */
  hasBaseline: boolean;
  /** Consecutive transient failures; checks back off while it grows. */
  failures: number;
  lastError?: CheckFailure;
  /** Hits found since the user last looked. */
  unseen: number;
  /** When the user last looked at the hits. */
  seenAt?: number;
}

/** The amounts of a listing that a price drop is judged on, in toman. */
export interface Amounts {
  price?: number;
  deposit?: number;
  monthlyRent?: number;
}

/** What a watched search remembers of a listing it saw on the pages it reads. */
export interface SeenEntry extends Amounts {
  /** When the listing was last on the pages read. */
  at: number;
}

/** Every listing a watched search has seen, by token. */
export type SeenMap = Record<string, SeenEntry>;

/** A new listing or a price drop of a listing seen before, as the user is told about it. */
export interface WatchHit extends Amounts {
  kind: 'new' | 'price-drop';
  token: string;
  url: string;
  title: string;
  /** The listing's district as divar named it on the card (alerts say it). */
  district?: string;
  at: number;
  /** The amounts before a price drop. */
  previous?: Amounts;
}

/** A pause of every watched search because divar pushed back (429 or a captcha). */
export interface WatchHold {
  kind: 'rate-limit' | 'captcha';
  since: number;
  until: number;
}
