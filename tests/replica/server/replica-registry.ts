/** Connection details of running replicas that the Replica object does not expose (its CA). */
import type { Replica } from '../types.ts';

/** What a client needs to reach and trust a replica. */
export interface ReplicaEndpoint {
  certPem: string;
  host: string;
}

const endpoints = new WeakMap<Replica, ReplicaEndpoint>();

/** Remembers how to reach a replica (called by startReplica). */
export function registerReplicaCertificate(replica: Replica, endpoint: ReplicaEndpoint): void {
  endpoints.set(replica, endpoint);
}

/** How to reach a replica started in this process; throws for any other object. */
export function replicaEndpoint(replica: Replica): ReplicaEndpoint {
  const endpoint = endpoints.get(replica);
  if (endpoint === undefined)
    throw new Error(
      'createReplicaFetch needs a replica returned by startReplica() in this process',
    );
  return endpoint;
}
