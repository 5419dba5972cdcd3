import type { z } from 'zod';
import type { MessageOrigin } from '../messaging/origin';

/** The Kenar messages of the protocol map (merged into lib/messaging/protocol.ts). */
export const KENAR_PROTOCOL = {} as const satisfies Record<
  string,
  { from: MessageOrigin; request: z.ZodType<{ type: string }> }
>;

/** What the background answers to each Kenar message. */
// biome-ignore lint/complexity/noBannedTypes: filled in by the Kenar work (issue 5)
export type KenarResponseMap = {};
