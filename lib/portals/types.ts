import type { ErrorInfo } from '../errors';
import type { JobStatus } from '../jobs/types';
import type { MissingField } from './mapping';

/** Where one listing of a syndication job stands. */
export type ItemState =
  /** Not sendable: fields to fill (never sent). */
  | 'invalid'
  /** Refused before with the same object: not sent again unchanged. */
  | 'skipped'
  | 'pending'
  | 'synced'
  /** Refused by the portal (4xx): fix and push again. */
  | 'rejected'
  /** A 5xx or a cut connection: sent again, alone, in a later chunk. */
  | 'retry'
  /** Still failing after MAX_ATTEMPTS. */
  | 'failed';

/** The portal's answer about an item, as shown in the outcome table. */
export interface ItemError {
  status?: number;
  code?: number;
  description: string;
}

/** One listing of a syndication job: what is sent, how, and what came of it. */
export interface SyncItem {
  token: string;
  title: string;
  /** The listing's stable id on the portal. */
  key: string;
  state: ItemState;
  /** The portal object (absent for invalid items). */
  body?: unknown;
  /** A digest of the body, to tell an unchanged object from a fixed one. */
  hash?: string;
  method?: 'POST' | 'PUT';
  portalId?: number;
  attempts: number;
  missing?: MissingField[];
  error?: ItemError;
}

/** What a syndication job has spent, for the closing numbers. */
export interface SyncCounts {
  requests: number;
  badRequests: number;
  batches: number;
}

/** A push of chosen listings to one portal account, persisted so it resumes after a stop. */
export interface SyncJob {
  id: string;
  kind: 'syndication';
  portal: string;
  /** The account (environment and user) and office the items go to. */
  accountKey: string;
  status: JobStatus;
  createdAt: number;
  updatedAt: number;
  items: SyncItem[];
  /** Ask the portal which ids exist before the next chunk (at start, and after a cut). */
  needsLookup: boolean;
  /** Keys of the chunk being sent; set before sending, cleared once its answer is saved. */
  inFlight?: string[];
  counts: SyncCounts;
  error?: ErrorInfo;
  /** When sending can go on after the budget stopped it (ms since epoch). */
  resumeAt?: number;
  /** Worker starts that found this job running (after the browser stopped the worker). */
  resumes?: number;
}

/** The last outcome of a listing on a portal account, kept across jobs. */
export interface SyncRecord {
  /** `scopedKey(account, office, key)`. */
  id: string;
  hash: string;
  state: ItemState;
  portalId?: number;
  error?: ItemError;
  at: number;
}
