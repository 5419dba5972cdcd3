import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What goes into a foreign test extension; every field has a working default. */
export interface ForeignExtensionOptions {
  /** Names the directory too, so keep it short and unique per spec (default "foreign"). */
  name?: string;
  /** Merged over the default MV3 manifest (service worker `background.js`, divar host access). */
  manifest?: Record<string, unknown>;
  /** Extra or replacement files, by relative path. */
  files?: Record<string, string>;
}

/**
 * The default service worker: `self.send(extensionId, message)` lets a test talk to another
 * extension as this one, via `workerOf(dir).evaluate(...)`.
 */
const DEFAULT_BACKGROUND = `self.startedAt = Date.now();
self.send = (extensionId, message) => chrome.runtime.sendMessage(extensionId, message);
`;

/**
 * Writes a small unpacked extension that is not ours (another id) and returns its directory, for
 * `test.use({ extraExtensionDirs: [dir] })`. Synchronous, so it can run at a spec's top level.
 */
export function createForeignExtension(options: ForeignExtensionOptions = {}): string {
  const name = options.name ?? 'foreign';
  const dir = path.join(tmpdir(), 'divar-actions-e2e', name);
  const manifest = {
    manifest_version: 3,
    name: `E2E ${name}`,
    version: '1.0.0',
    background: { service_worker: 'background.js' },
    host_permissions: ['https://divar.ir/*'],
    ...options.manifest,
  };
  const files = {
    'manifest.json': JSON.stringify(manifest, null, 2),
    'background.js': DEFAULT_BACKGROUND,
    ...options.files,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
