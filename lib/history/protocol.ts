import { z } from 'zod';
import { POST_TOKEN_PATTERN } from '../divar/post-url';
import type { MessageOrigin } from '../messaging/origin';
import { lazySchema } from '../schema/lazy';
import type { JobChanges } from './job-changes';
import { pageCardsSchema } from './page-schema';
import type { HistoryService } from './service';
import type { CardNote, PostHistory } from './summary';

const token = lazySchema(() => z.string().regex(POST_TOKEN_PATTERN));

/** The listing-history messages of the protocol map (merged into lib/messaging/protocol.ts). */
export const HISTORY_PROTOCOL = {
  // From a divar search page: the cards it shows (recorded when passive recording is on) and
  // what the history says of them. No request to divar is ever made for it.
  pageCards: {
    from: 'content',
    request: lazySchema(() => z.object({ type: z.literal('pageCards'), cards: pageCardsSchema })),
  },
  // From a divar post page: the post as the page shows it, and its history card.
  pagePostHistory: {
    from: 'content',
    request: lazySchema(() =>
      z.object({ type: z.literal('pagePostHistory'), cards: pageCardsSchema.max(1), token }),
    ),
  },
  historyStatus: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('historyStatus') })),
  },
  setPassiveRecording: {
    from: 'extension',
    request: lazySchema(() =>
      z.object({ type: z.literal('setPassiveRecording'), enabled: z.boolean() }),
    ),
  },
  jobChanges: {
    from: 'extension',
    request: lazySchema(() =>
      z.object({ type: z.literal('jobChanges'), jobId: z.string().min(1).max(64) }),
    ),
  },
} as const satisfies Record<string, { from: MessageOrigin; request: z.ZodType<{ type: string }> }>;

/** What the background answers to each history message. */
export type HistoryResponseMap = {
  pageCards: { notes: Record<string, CardNote>; skipped: number };
  pagePostHistory: { history: PostHistory | null };
  historyStatus: Awaited<ReturnType<HistoryService['status']>>;
  setPassiveRecording: Awaited<ReturnType<HistoryService['status']>>;
  jobChanges: JobChanges | null;
};
