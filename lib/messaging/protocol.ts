import { z } from 'zod';
import { ALERTS_PROTOCOL, type AlertsResponseMap } from '../alerts/protocol';
import type { DivarPage } from '../divar/page-kind';
import type { ErrorInfo } from '../errors';
import { HISTORY_PROTOCOL, type HistoryResponseMap } from '../history/protocol';
import { JOBS_PROTOCOL, type JobsResponseMap } from '../jobs/protocol';
import { KENAR_PROTOCOL, type KenarResponseMap } from '../kenar/protocol';
import type { Revocation } from '../kenar/revoke';
import { PISHKHAN_PROTOCOL, type PishkhanResponseMap } from '../pishkhan/protocol';
import { PORTALS_PROTOCOL, type PortalsResponseMap } from '../portals/protocol';
import { lazySchema } from '../schema/lazy';
import type { TabView } from '../tabs/tab-page-service';
import { WATCH_PROTOCOL, type WatchResponseMap } from '../watch/protocol';
import type { MessageOrigin } from './origin';

export type { MessageOrigin } from './origin';

/** Longest URL accepted in a message; divar URLs with many filters stay far below it. */
const MAX_URL_LENGTH = 8192;

/**
 * Every message the background accepts: who may send it and the zod schema of its payload.
 * Responses are typed in ResponseMap below; both sides import only types from here except the
 * background, which parses with these schemas.
 */
const CORE_PROTOCOL = {
  ping: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('ping') })),
  },
  pageSeen: {
    from: 'content',
    request: lazySchema(() =>
      z.object({
        type: z.literal('pageSeen'),
        url: z.url().max(MAX_URL_LENGTH),
      }),
    ),
  },
  getTabPage: {
    from: 'extension',
    request: lazySchema(() =>
      z.object({ type: z.literal('getTabPage'), tabId: z.number().int().nonnegative() }),
    ),
  },
  takeLastError: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('takeLastError') })),
  },
  clearAllData: {
    from: 'extension',
    request: lazySchema(() =>
      z.object({ type: z.literal('clearAllData'), confirmed: z.literal(true) }),
    ),
  },
} as const satisfies Record<string, { from: MessageOrigin; request: z.ZodType<{ type: string }> }>;

/** The one map of every message: the core ones above, then each feature's own map. */
export const PROTOCOL = {
  ...CORE_PROTOCOL,
  ...KENAR_PROTOCOL,
  ...JOBS_PROTOCOL,
  ...WATCH_PROTOCOL,
  ...PISHKHAN_PROTOCOL,
  ...PORTALS_PROTOCOL,
  ...ALERTS_PROTOCOL,
  ...HISTORY_PROTOCOL,
};

/** The name of a message. */
export type MessageType = keyof typeof PROTOCOL;

/** The payload of message `K`, as its sender builds it. */
export type RequestOf<K extends MessageType> = z.infer<(typeof PROTOCOL)[K]['request']>;

/** What the background answers to each core message. */
interface CoreResponseMap {
  ping: { pong: true; startedAt: number };
  /** The page as read, and the UI language the page's toolbar and marks should speak. */
  pageSeen: { page: DivarPage; lang: 'fa' | 'en' };
  getTabPage: TabView | null;
  /** The last failure of a surface without UI (a menu click), removed once read. */
  takeLastError: (ErrorInfo & { at: number }) | null;
  clearAllData: { jobsDeleted: number; watchesDeleted: number; kenarRevocation: Revocation };
}

/** What the background answers to each message. */
export type ResponseMap = CoreResponseMap &
  KenarResponseMap &
  JobsResponseMap &
  WatchResponseMap &
  PishkhanResponseMap &
  PortalsResponseMap &
  AlertsResponseMap &
  HistoryResponseMap;

/** The answer to message `K`. */
export type ResponseOf<K extends MessageType> = ResponseMap[K];

/** How every answer crosses the message boundary: data or a typed error, never a throw. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorInfo };

/** Whether `type` names a message in the protocol. */
export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(PROTOCOL, type);
}
