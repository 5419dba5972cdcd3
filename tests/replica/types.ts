/** The public types of the replica (see README). */
import type { ListingPatch } from './corpus/listing-patch.ts';
import type { CorpusMutator, PriceChange } from './corpus/mutate.ts';
import type { Corpus, CorpusListing } from './corpus/types.ts';
import type { FaultSettings } from './server/fault-settings.ts';
import type { RequestLogEntry } from './server/request-log.ts';

export type {
  Corpus,
  CorpusListing,
  CorpusMutator,
  FaultSettings,
  ListingPatch,
  PriceChange,
  RequestLogEntry,
};

/** How to start a replica. Every field is optional. */
export interface ReplicaOptions {
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Seed of the generated corpus and of random faults (default 1405). */
  seed?: number;
  /** Cards per search page (default 24). */
  pageSize?: number;
  /** Most pages of real results a search serves (default 50). */
  maxPages?: number;
  /** Pages of "آگهی‌های مشابه" served after the real results run out (default 2). */
  recommendationPages?: number;
  /** Generated listings (default 5000; the two real samples come on top). */
  corpusSize?: number;
  /** The instant the corpus is dated back from, ms (default 2026-09-22T09:00:00Z, for determinism). */
  now?: number;
  /** Most pins one `POST /v8/mapview/viewport` answer carries (default 200). */
  mapPinLimit?: number;
}

/** A running replica. */
export interface Replica {
  port: number;
  /** https://127.0.0.1:<port> */
  origin: string;
  /** base64 SHA-256 of the certificate's SPKI, for Chromium's --ignore-certificate-errors-spki-list. */
  spkiHash: string;
  /** Value for Chromium's --host-resolver-rules, mapping divar's hosts to this server. */
  hostResolverRules: string;
  corpus: Corpus;
  faults: {
    set(partial: Partial<FaultSettings>): void;
    reset(): void;
    get(): FaultSettings;
  };
  log: { entries(): RequestLogEntry[]; clear(): void };
  /** Test-only corpus changes: `addListing(patch)`, `setPrice(token, toman)`, `reset()`. */
  mutate: CorpusMutator;
  close(): Promise<void>;
}
