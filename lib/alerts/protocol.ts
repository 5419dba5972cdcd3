import { z } from 'zod';
import { extensionMessage } from '../messaging/extension-message';
import type { MessageOrigin } from '../messaging/origin';
import { lazySchema } from '../schema/lazy';
import type { AlertTargetView } from './types';

const id = lazySchema(() => z.string().min(1).max(64));

const message = extensionMessage;

/**
 * The alert messages of the protocol map (merged into lib/messaging/protocol.ts). Only extension
 * pages send them: a bot token goes in, and no answer ever carries it back out.
 */
export const ALERTS_PROTOCOL = {
  alertTargets: message('alertTargets', () => ({ watchId: id })),
  alertAdd: message('alertAdd', () => ({
    watchId: id,
    kind: z.enum(['telegram', 'bale', 'webhook']),
    chatId: z.string().max(80).optional(),
    token: z.string().max(200).optional(),
    url: z.string().max(2048).optional(),
  })),
  alertRemove: message('alertRemove', () => ({ id })),
  alertTest: message('alertTest', () => ({ id })),
  alertRetry: message('alertRetry', () => ({ id })),
} as const satisfies Record<string, { from: MessageOrigin; request: z.ZodType<{ type: string }> }>;

/** What the background answers to each alert message. */
export type AlertsResponseMap = {
  alertTargets: AlertTargetView[];
  alertAdd: AlertTargetView[];
  alertRemove: { removed: true };
  alertTest: { sent: true };
  alertRetry: { delivered: number; waiting: number };
};
