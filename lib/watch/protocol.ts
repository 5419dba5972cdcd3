import type { z } from 'zod';
import type { MessageOrigin } from '../messaging/origin';

/** The watched-search messages of the protocol map (merged into lib/messaging/protocol.ts). */
export const WATCH_PROTOCOL = {} as const satisfies Record<
  string,
  { from: MessageOrigin; request: z.ZodType<{ type: string }> }
>;

/** What the background answers to each watch message. */
// biome-ignore lint/complexity/noBannedTypes: filled in by the watch work (issue 7)
export type WatchResponseMap = {};
