import { z } from 'zod';
import { extensionMessage } from '../messaging/extension-message';
import type { MessageOrigin } from '../messaging/origin';
import { lazySchema } from '../schema/lazy';
import { pushChoices } from './choices';
import { portalListing } from './listing';
import type { PortalService } from './service';

const listings = lazySchema(() => z.array(portalListing).min(1).max(2000));
const jobId = lazySchema(() => z.string().min(1).max(64));
const id = lazySchema(() => z.number().int().positive());

const message = extensionMessage;

/**
 * The partner-portal messages of the protocol map (merged into lib/messaging/protocol.ts). Every
 * one comes from extension pages only: the account's password never reaches a content script.
 */
export const PORTALS_PROTOCOL = {
  portalStatus: message('portalStatus', () => ({})),
  portalSaveAccount: message('portalSaveAccount', () => ({
    user: z.string().trim().min(1).max(200).optional(),
    password: z.string().min(1).max(512).optional(),
    environment: z.enum(['sandbox', 'production']).optional(),
    officeId: id.optional(),
    sellerId: id.optional(),
  })),
  // Forgets the account and its password; nothing on the portal changes.
  portalRemoveAccount: message('portalRemoveAccount', () => ({ confirmed: z.literal(true) })),
  portalTest: message('portalTest', () => ({})),
  portalRegions: message('portalRegions', () => ({})),
  portalPreview: message('portalPreview', () => ({ listings, choices: pushChoices })),
  portalDryRun: message('portalDryRun', () => ({ listings, choices: pushChoices })),
  portalPush: message('portalPush', () => ({ listings, choices: pushChoices })),
  portalJob: message('portalJob', () => ({ jobId })),
  portalJobs: message('portalJobs', () => ({})),
  portalPause: message('portalPause', () => ({ jobId })),
  portalResume: message('portalResume', () => ({ jobId })),
  portalCancel: message('portalCancel', () => ({ jobId })),
  // Removing a listing from the portal is the user's deliberate act: the UI asked first.
  portalRemove: message('portalRemove', () => ({
    token: z.string().regex(/^[\w-]{4,32}$/),
    confirmed: z.literal(true),
  })),
} as const satisfies Record<string, { from: MessageOrigin; request: z.ZodType<{ type: string }> }>;

type Answer<K extends keyof PortalService> = Awaited<ReturnType<PortalService[K]>>;

/** What the background answers to each portal message. */
export type PortalsResponseMap = {
  portalStatus: Answer<'status'>;
  portalSaveAccount: Answer<'status'>;
  portalRemoveAccount: Answer<'status'>;
  portalTest: Answer<'test'>;
  portalRegions: Answer<'regions'>;
  portalPreview: Answer<'preview'>;
  portalDryRun: Answer<'dryRun'>;
  portalPush: Answer<'push'>;
  portalJob: Answer<'job'>;
  portalJobs: Answer<'jobs'>;
  portalPause: Answer<'push'>;
  portalResume: Answer<'push'>;
  portalCancel: Answer<'push'>;
  portalRemove: Answer<'remove'>;
};
