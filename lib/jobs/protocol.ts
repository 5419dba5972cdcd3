import type { z } from 'zod';
import type { MessageOrigin } from '../messaging/origin';

/** The job and web-API messages of the protocol map (merged into lib/messaging/protocol.ts). */
export const JOBS_PROTOCOL = {} as const satisfies Record<
  string,
  { from: MessageOrigin; request: z.ZodType<{ type: string }> }
>;

/** What the background answers to each job message. */
// biome-ignore lint/complexity/noBannedTypes: filled in by the jobs work (issue 4)
export type JobsResponseMap = {};
