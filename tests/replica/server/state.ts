import type { CorpusMutator } from '../corpus/mutate.ts';
import type { Corpus } from '../corpus/types.ts';
import type { FaultController } from './faults.ts';
import type { RequestLog } from './request-log.ts';

/** Tunables fixed at start. */
export interface ReplicaSettings {
  seed: number;
  pageSize: number;
  maxPages: number;
  recommendationPages: number;
  /** Most pins one `mapview/viewport` answer carries. */
  mapPinLimit: number;
}

/** Everything route handlers share: the corpus, settings, clock, faults and the log. */
export interface ReplicaState {
  corpus: Corpus;
  settings: ReplicaSettings;
  /** Key for signing cursors (derived from the seed, so cursors survive a restart). */
  secret: string;
  /** The replica's virtual clock: corpus "now" plus the real time elapsed since start (ms). */
  now(): number;
  faults: FaultController;
  log: RequestLog;
  /** Contact numbers served since the last reset (for `captchaAfter`). */
  contactsServed: number;
  /** Test-only corpus changes (new listings, prices). */
  mutate: CorpusMutator;
}
