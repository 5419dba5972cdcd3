import type { PushChoices } from './choices';
import type { PortalListing } from './listing';
import type { MappingResult } from './mapping';

/** One write of a listing to a portal: create it (POST) or modify it in place (PUT). */
export interface PortalOp {
  /** The listing's stable id on the portal (ingatlanok.hu: its transfer_id). */
  key: string;
  method: 'POST' | 'PUT';
  body: unknown;
}

/** What the portal said about one op of a chunk, mapped back by position. */
export type OpOutcome =
  | { kind: 'synced'; status: number; portalId?: number }
  | { kind: 'rejected'; status: number; code?: number; description: string }
  | { kind: 'exists'; status: number; code?: number; description: string }
  | { kind: 'retry'; status?: number; description: string }
  | { kind: 'budget'; status: number; code?: number; description: string };

/**
 * A partner portal behind the neutral syndication job: how a listing maps, which ids exist, and
 * how a chunk of writes is sent. A second portal is another adapter, not a new job.
 */
export interface PortalAdapter {
  /** The portal's name, as jobs and the UI show it. */
  portal: string;
  /** Most ops one `send` may carry. */
  chunkLimit: number;
  /** Bad requests the portal takes in an hour before refusing everything. */
  hourlyBadRequests: number;
  /** The portal's object for a listing, or the fields to fill, and what has no place. */
  map(listing: PortalListing, choices: PushChoices): MappingResult<unknown>;
  /** The listing's stable id on the portal. */
  keyOf(token: string): string;
  /** Every id the portal holds for this account's office, with the portal's own id. */
  existing(signal?: AbortSignal): Promise<Map<string, number>>;
  /** The exact body of the call that would send this chunk (the dry run shows it). */
  bodyOf(ops: PortalOp[]): unknown;
  /** Sends one chunk; one outcome per op in order. Throws when the call as a whole failed. */
  send(ops: PortalOp[], signal?: AbortSignal): Promise<OpOutcome[]>;
}
