/** The `rateLimit.perSecond` ceiling: a sliding window of admitted requests per client. */

/** What the ceiling says about one request. */
export type RateDecision = { admitted: true } | { admitted: false; retryAfterSeconds: number };

/** Sliding windows keyed by client. */
export interface RateWindows {
  /** Admits the request (and records it) unless the client already had `limit` admitted in the window. */
  admit(client: string, perSecond: number, windowMs: number, now: number): RateDecision;
  reset(): void;
}

/** Creates empty windows. Refused requests are not recorded, so a client is limited to exactly the rate. */
export function createRateWindows(): RateWindows {
  let windows = new Map<string, number[]>();
  return {
    admit: (client, perSecond, windowMs, now) => {
      const limit = Math.max(1, Math.floor((perSecond * windowMs) / 1000));
      const times = (windows.get(client) ?? []).filter((time) => now - time < windowMs);
      windows.set(client, times);
      if (times.length >= limit) {
        const oldest = times[0] ?? now;
        return {
          admitted: false,
          retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)),
        };
      }
      times.push(now);
      return { admitted: true };
    },
    reset: () => {
      windows = new Map();
    },
  };
}

/** The client a request counts for: its IP, its `did` device cookie (falling back to the IP), or one global client. */
export function rateClientKey(
  by: 'ip' | 'device' | 'global' | undefined,
  remoteAddress: string,
  cookieHeader: string | undefined,
): string {
  if (by === 'global') return 'global';
  if (by === 'device') {
    const did = /(?:^|;\s*)did=([^;]*)/.exec(cookieHeader ?? '')?.[1];
    if (did) return `did:${did}`;
  }
  return `ip:${remoteAddress}`;
}
