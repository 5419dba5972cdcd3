import { z } from 'zod';
import type { MessageOrigin } from '../messaging/origin';
import { lazySchema } from '../schema/lazy';
import { MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES } from './schedule';
import type { WatchList } from './service';
import type { WatchedSearch, WatchHit } from './types';

const id = lazySchema(() => z.string().min(1).max(64));
const name = lazySchema(() => z.string().trim().min(1).max(120));
const intervalMinutes = lazySchema(() =>
  z.number().int().min(MIN_INTERVAL_MINUTES).max(MAX_INTERVAL_MINUTES),
);

/** The watched-search messages of the protocol map (merged into lib/messaging/protocol.ts). */
export const WATCH_PROTOCOL = {
  watchSearch: {
    from: 'extension',
    request: lazySchema(() =>
      z.object({
        type: z.literal('watchSearch'),
        url: z.url().max(8192),
        name: name.optional(),
        intervalMinutes: intervalMinutes.optional(),
      }),
    ),
  },
  // From the toolbar injected into a divar.ir search page: the search is the sending tab's page.
  pageWatch: {
    from: 'content',
    request: lazySchema(() => z.object({ type: z.literal('pageWatch') })),
  },
  listWatches: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('listWatches') })),
  },
  updateWatch: {
    from: 'extension',
    request: lazySchema(() =>
      z.object({
        type: z.literal('updateWatch'),
        id,
        name: name.optional(),
        intervalMinutes: intervalMinutes.optional(),
        paused: z.boolean().optional(),
      }),
    ),
  },
  deleteWatch: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('deleteWatch'), id })),
  },
  watchHits: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('watchHits'), id })),
  },
  markWatchSeen: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('markWatchSeen'), id })),
  },
} as const satisfies Record<string, { from: MessageOrigin; request: z.ZodType<{ type: string }> }>;

/** What the background answers to each watch message. */
export type WatchResponseMap = {
  watchSearch: WatchedSearch;
  pageWatch: WatchedSearch;
  listWatches: WatchList;
  updateWatch: WatchedSearch;
  deleteWatch: { deleted: true };
  watchHits: { search: WatchedSearch; hits: WatchHit[] };
  markWatchSeen: WatchedSearch;
};
