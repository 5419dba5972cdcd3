import { z } from 'zod';
import type { Collection } from '../collections/store';
import type { Listing } from '../divar/listing/types';
import { POST_TOKEN_PATTERN } from '../divar/post-url';
import type { ContactInfo } from '../divar/web-api';
import type { MessageOrigin } from '../messaging/origin';
import { lazySchema } from '../schema/lazy';
import type { PageFetchAnswer } from './page-fetch';
import type { JobSummary } from './summary';

const jobId = lazySchema(() => z.string().min(1).max(64));
const token = lazySchema(() => z.string().regex(POST_TOKEN_PATTERN));

/** The job and web-API messages of the protocol map (merged into lib/messaging/protocol.ts). */
export const JOBS_PROTOCOL = {
  startCrawl: {
    from: 'extension',
    // tabId lets the background use that tab's own page state when it shows this URL.
    request: lazySchema(() =>
      z.object({
        type: z.literal('startCrawl'),
        url: z.url().max(8192),
        tabId: z.number().int().nonnegative().optional(),
      }),
    ),
  },
  // From the buttons injected into divar.ir pages: the search is the sending tab's own page.
  pageFetchAll: {
    from: 'content',
    request: lazySchema(() => z.object({ type: z.literal('pageFetchAll') })),
  },
  pageRequestText: {
    from: 'content',
    request: lazySchema(() =>
      z.object({
        type: z.literal('pageRequestText'),
        format: z.enum(['json', 'curl', 'fetch']),
      }),
    ),
  },
  startDetails: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('startDetails'), jobId })),
  },
  pauseDetails: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('pauseDetails'), jobId })),
  },
  searchCount: {
    from: 'extension',
    request: lazySchema(() =>
      z.object({
        type: z.literal('searchCount'),
        url: z.url().max(8192),
        tabId: z.number().int().nonnegative().optional(),
      }),
    ),
  },
  pageDetailsJson: {
    from: 'content',
    request: lazySchema(() => z.object({ type: z.literal('pageDetailsJson') })),
  },
  startTokens: {
    from: 'extension',
    request: lazySchema(() =>
      z.object({
        type: z.literal('startTokens'),
        tokens: z.array(token).min(1).max(1000),
        title: z.string().max(200).optional(),
      }),
    ),
  },
  pageOpenResults: {
    from: 'content',
    request: lazySchema(() => z.object({ type: z.literal('pageOpenResults') })),
  },
  collectionGet: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('collectionGet') })),
  },
  collectionClear: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('collectionClear') })),
  },
  pageKnownTokens: {
    from: 'content',
    request: lazySchema(() =>
      z.object({ type: z.literal('pageKnownTokens'), tokens: z.array(token).max(300) }),
    ),
  },
  jobExported: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('jobExported'), jobId })),
  },
  pageOpenDetails: {
    from: 'content',
    request: lazySchema(() => z.object({ type: z.literal('pageOpenDetails') })),
  },
  pauseJob: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('pauseJob'), jobId })),
  },
  resumeJob: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('resumeJob'), jobId })),
  },
  cancelJob: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('cancelJob'), jobId })),
  },
  listJobs: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('listJobs') })),
  },
  jobListings: {
    from: 'extension',
    request: lazySchema(() =>
      z.object({
        type: z.literal('jobListings'),
        jobId,
        offset: z.number().int().nonnegative(),
        limit: z.number().int().min(1).max(1000),
      }),
    ),
  },
  postDetails: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('postDetails'), token })),
  },
  postContact: {
    from: 'extension',
    request: lazySchema(() => z.object({ type: z.literal('postContact'), token })),
  },
} as const satisfies Record<string, { from: MessageOrigin; request: z.ZodType<{ type: string }> }>;

/** What the background answers to each job message. */
export type JobsResponseMap = {
  startCrawl: JobSummary;
  pageFetchAll: PageFetchAnswer;
  pageRequestText: { text: string };
  startDetails: JobSummary;
  pauseDetails: JobSummary;
  searchCount: { count: number };
  pageDetailsJson: { text: string };
  startTokens: JobSummary;
  pageOpenResults: { jobId: string };
  collectionGet: Collection;
  collectionClear: Collection;
  pageKnownTokens: { collected: string[]; fetched: string[]; exported: string[] };
  jobExported: { exportedAt: number };
  pageOpenDetails: { opened: true };
  pauseJob: JobSummary;
  resumeJob: JobSummary;
  cancelJob: JobSummary;
  listJobs: JobSummary[];
  jobListings: { total: number; listings: Listing[] };
  postDetails: Listing;
  postContact: ContactInfo & { usedToday: number; dailyCap: number };
};
