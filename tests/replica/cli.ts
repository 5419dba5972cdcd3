/**
 * Runs the replica until SIGINT/SIGTERM: `npx tsx tests/replica/cli.ts [--port N] [--seed N]`.
 * Prints the origin, the SPKI hash and the host resolver rules Chromium needs.
 */
import { startReplica } from './index.ts';

function option(name: string): number | undefined {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? process.argv[index + 1] : undefined;
  return value === undefined ? undefined : Number(value);
}

const replica = await startReplica({ port: option('port') ?? 0, seed: option('seed') });
console.log(
  `divar replica listening on ${replica.origin} (${replica.corpus.listings.length} listings)`,
);
console.log(`spkiHash: ${replica.spkiHash}`);
console.log(`hostResolverRules: ${replica.hostResolverRules}`);
console.log(
  `chromium flags: --host-resolver-rules="${replica.hostResolverRules}" --ignore-certificate-errors-spki-list=${replica.spkiHash}`,
);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping the divar replica`);
  await replica.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
