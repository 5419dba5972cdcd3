/** Starts the HTTPS server that plays divar.ir, api.divar.ir, open-api.divar.ir and oauth.divar.ir. */
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { DEFAULT_CORPUS_NOW, generateCorpus } from '../corpus/generate.ts';
import { createCorpusMutator } from '../corpus/mutate.ts';
import type { Replica, ReplicaOptions } from '../types.ts';
import { createCertificate } from './certificate.ts';
import { createFaultController } from './faults.ts';
import { handleRequest } from './handle-request.ts';
import { MAPPED_HOSTS } from './hosts.ts';
import { registerReplicaCertificate } from './replica-registry.ts';
import { createRequestLog } from './request-log.ts';
import type { ReplicaState } from './state.ts';

/** Starts a replica; resolves once it listens. */
export async function startReplica(options: ReplicaOptions = {}): Promise<Replica> {
  const seed = options.seed ?? 1405;
  const listenHost = options.host ?? '127.0.0.1';
  const certificate = await createCertificate();
  const corpus = generateCorpus({
    seed,
    size: options.corpusSize ?? 5000,
    now: options.now ?? DEFAULT_CORPUS_NOW,
  });
  const startedAt = Date.now();
  const state: ReplicaState = {
    corpus,
    settings: {
      seed,
      pageSize: options.pageSize ?? 24,
      maxPages: options.maxPages ?? 50,
      recommendationPages: options.recommendationPages ?? 2,
      mapPinLimit: options.mapPinLimit ?? 200,
    },
    secret: `divar-replica-cursor:${seed}`,
    now: () => corpus.now + (Date.now() - startedAt),
    faults: createFaultController(seed),
    log: createRequestLog(),
    contactsServed: 0,
    mutate: createCorpusMutator(corpus, () => state.now()),
  };
  const server = createServer(
    { key: certificate.keyPem, cert: certificate.certPem },
    (req, res) => {
      handleRequest(state, req, res).catch((error: unknown) => {
        console.error('divar replica: request failed', error);
        res.destroy();
      });
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, listenHost, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const target = `${listenHost}:${port}`;
  const replica: Replica = {
    port,
    origin: `https://${target}`,
    spkiHash: certificate.spkiHash,
    hostResolverRules: MAPPED_HOSTS.map((host) => `MAP ${host} ${target}`).join(', '),
    corpus,
    faults: {
      set: (partial) => state.faults.set(partial),
      get: () => state.faults.get(),
      reset: () => {
        state.faults.reset();
        state.contactsServed = 0;
      },
    },
    log: { entries: () => state.log.entries(), clear: () => state.log.clear() },
    mutate: state.mutate,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  registerReplicaCertificate(replica, { certPem: certificate.certPem, host: listenHost });
  return replica;
}
