import type { ErrorKind } from '../errors';

/**
 * What one attempt of a request came to, for a job's log and its "waiting" state: when, where
 * (host and path only, never a query, header or body), the answer's status or the error's kind,
 * how long it took, and how long the client waits before trying again (when it will).
 */
export interface AttemptEvent {
  at: number;
  path: string;
  attempt: number;
  ms: number;
  status?: number;
  error?: ErrorKind;
  /** Set when the client will try again after this many ms (a Retry-After, or backoff). */
  retryInMs?: number;
}

/** A listener for every attempt of one request. */
export type OnAttempt = (event: AttemptEvent) => void;

/** The host and path of a URL, the only part of it a log keeps. */
export function loggablePath(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return '(not a URL)';
  }
}
