import type { ErrorKind } from '../errors';

/** Where a watch's news can go besides the browser notification. */
export type AlertTargetKind = 'telegram' | 'bale' | 'webhook';

/** One place a watch sends its news to, as stored (a bot's token is kept apart, see store.ts). */
export interface AlertTarget {
  id: string;
  watchId: string;
  kind: AlertTargetKind;
  /** The chat (user, group or channel) a Telegram or Bale bot writes to. */
  chatId?: string;
  /** The https URL a webhook POSTs to. */
  url?: string;
  createdAt: number;
}

/** A target as the UI sees it: never the token, only whether one is saved. */
export interface AlertTargetView extends AlertTarget {
  hasToken: boolean;
  /** Whether the browser lets the extension reach the target's host (its optional permission). */
  isAllowed: boolean;
  /** Messages waiting in the outbox for this target. */
  pending: number;
  /** Old messages dropped because too many waited (the outbox's cap); shown, never hidden. */
  dropped: number;
  /** Why the oldest waiting message failed last, and when it is tried again. */
  failure?: AlertFailure;
}

/** Why a delivery failed: a kind ErrorNotice can explain, and a developer detail. */
export interface AlertFailureInfo {
  kind: ErrorKind;
  message: string;
}

/** A failure shown on a target: what went wrong and when the next try is. */
export interface AlertFailure extends AlertFailureInfo {
  at: number;
  nextAttemptAt: number;
}

/** One listing in an alert (the webhook payload's `items`). */
export interface AlertItem {
  kind: 'new' | 'price-drop';
  token: string;
  url: string;
  title: string;
  district?: string;
  price?: number;
  deposit?: number;
  monthlyRent?: number;
  previous?: { price?: number; deposit?: number; monthlyRent?: number };
  /** Change of the main amount in percent (negative for a drop), when there was a previous one. */
  changePercent?: number;
}

/** What one check's news becomes for the targets: Persian text for bots, JSON for webhooks. */
export interface AlertMessage {
  text: string;
  payload: WebhookPayload;
}

/** The JSON a webhook receives (docs/alerts.md); `version` changes only when a field does. */
export interface WebhookPayload {
  version: 1;
  watch: { id: string; name: string; url: string };
  /** ISO 8601 time of the check that found the news. */
  checkedAt: string;
  items: AlertItem[];
  /** The same news as the Persian text a bot sends. */
  text: string;
  /** Set on a test message sent from the Test button. */
  test?: true;
}

/** A message waiting for one target, kept until it is delivered. */
export interface OutboxEntry {
  id: string;
  targetId: string;
  watchId: string;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  lastError?: AlertFailureInfo & { at: number };
  message: AlertMessage;
}
