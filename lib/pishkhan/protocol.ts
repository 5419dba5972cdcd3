import { z } from 'zod';
import { extensionMessage } from '../messaging/extension-message';
import type { MessageOrigin } from '../messaging/origin';
import { lazySchema } from '../schema/lazy';
import type { PishkhanRelease } from './schemas';
import type { BazaarStatus } from './service';
import type { BazaarApp } from './store';

const packageName = lazySchema(() => z.string().min(1).max(255));
const text = lazySchema(() => z.string().max(5000));

const message = <T extends string, S extends z.ZodRawShape>(type: T, shape: () => S) =>
  extensionMessage(type, () => ({ packageName, ...shape() }));

/**
 * The Bazaar (Pishkhan) messages of the protocol map (merged into lib/messaging/protocol.ts).
 * Extension pages only: tokens go in, never out. Uploads are not here: they run in the page.
 */
export const PISHKHAN_PROTOCOL = {
  pishkhanApps: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('pishkhanApps') })),
  },
  pishkhanAddApp: message('pishkhanAddApp', () => ({ token: z.string().min(1).max(4096) })),
  pishkhanRemoveApp: message('pishkhanRemoveApp', () => ({ confirmed: z.literal(true) })),
  pishkhanTestToken: message('pishkhanTestToken', () => ({})),
  pishkhanStatus: message('pishkhanStatus', () => ({})),
  pishkhanDraft: message('pishkhanDraft', () => ({})),
  pishkhanCreate: message('pishkhanCreate', () => ({})),
  // `confirmed` is the UI's promise that the user said yes; nothing is deleted or sent without it.
  pishkhanDiscard: message('pishkhanDiscard', () => ({ confirmed: z.literal(true) })),
  pishkhanCommit: message('pishkhanCommit', () => ({
    confirmed: z.literal(true),
    form: z.object({
      changelogFa: text,
      changelogEn: text,
      developerNote: text,
      rollout: z.string().max(16),
      autoPublish: z.boolean(),
    }),
  })),
} as const satisfies Record<string, { from: MessageOrigin; request: z.ZodType<{ type: string }> }>;

/** What the background answers to each Bazaar message. */
export type PishkhanResponseMap = {
  pishkhanApps: BazaarApp[];
  pishkhanAddApp: BazaarApp[];
  pishkhanRemoveApp: BazaarApp[];
  pishkhanTestToken: { valid: true; lastPublishedCode: number | null };
  pishkhanStatus: BazaarStatus;
  pishkhanDraft: PishkhanRelease | null;
  pishkhanCreate: PishkhanRelease;
  pishkhanDiscard: { message?: string };
  pishkhanCommit: { message?: string; release: PishkhanRelease };
};
