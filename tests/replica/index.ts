/** The local replica of divar.ir for tests and the demo: see README.md. */
export { generateCorpus } from './corpus/generate.ts';
export { createReplicaFetch } from './replica-fetch.ts';
export { defaultFaultSettings } from './server/fault-settings.ts';
export { startReplica } from './server/start-replica.ts';
export type {
  Corpus,
  CorpusListing,
  CorpusMutator,
  FaultSettings,
  ListingPatch,
  PriceChange,
  Replica,
  ReplicaOptions,
  RequestLogEntry,
} from './types.ts';
