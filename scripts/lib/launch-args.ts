import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** What Chromium needs to know to send divar's hostnames to a local replica. */
export interface ReplicaRoute {
  hostResolverRules: string;
  /** Base64 SHA-256 of the certificate's SPKI; without it Chromium rejects the certificate. */
  spkiHash?: string;
}

/** How to launch Chromium with unpacked extensions and, optionally, the replica. */
export interface LaunchArgsOptions {
  extensionDirs: readonly string[];
  /** Map divar's hosts to this replica and trust its certificate by SPKI pin. */
  replica?: ReplicaRoute;
  /** Make every other hostname unresolvable, so nothing can reach the internet (tests). */
  isolateNetwork?: boolean;
}

/** Chromium switches for the options; never `--disable-features` (it would replace Playwright's). */
export function extensionLaunchArgs(options: LaunchArgsOptions): string[] {
  const dirs = options.extensionDirs.join(',');
  const args = [
    `--disable-extensions-except=${dirs}`,
    `--load-extension=${dirs}`,
    '--disable-gpu',
    '--disable-quic',
  ];
  const rules: string[] = [];
  if (options.replica) {
    rules.push(options.replica.hostResolverRules);
    if (options.replica.spkiHash) {
      args.push(`--ignore-certificate-errors-spki-list=${options.replica.spkiHash}`);
    }
  }
  // Rules apply in order, so the replica's MAPs win and everything else fails fast.
  if (options.isolateNetwork) rules.push('MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1');
  if (rules.length > 0) args.push(`--host-resolver-rules=${rules.join(', ')}`);
  return args;
}

/** Maps hex digits to Chromium's extension-id alphabet (0-f becomes a-p). */
function toExtensionId(digest: Buffer): string {
  return [...digest.subarray(0, 16).toString('hex')]
    .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)))
    .join('');
}

/** The id Chromium gives the unpacked extension in `dir`: from its manifest key, else its path. */
export function unpackedExtensionId(dir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    key?: string;
  };
  const source = manifest.key
    ? Buffer.from(manifest.key, 'base64')
    : Buffer.from(realpathSync(dir), 'utf8');
  return toExtensionId(createHash('sha256').update(source).digest());
}
