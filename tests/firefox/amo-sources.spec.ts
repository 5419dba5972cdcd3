import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEnv } from '../../scripts/lib/build.ts';
import { firefoxZips, ROOT_DIR } from '../../scripts/lib/paths.ts';

/** Where the sources archive is unpacked and built: inside the repository, git-ignored. */
const CHECK_DIR = path.join(ROOT_DIR, '.output', 'amo-sources');

/** The files of a zip archive by path (folders left out). */
function unzip(file: string): Map<string, Uint8Array> {
  const entries = Object.entries(unzipSync(new Uint8Array(readFileSync(file))));
  return new Map(entries.filter(([name]) => !name.endsWith('/')));
}

/** The files under `dir` by path relative to it. */
function filesUnder(dir: string, prefix = ''): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const name = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) for (const [k, v] of filesUnder(dir, name)) files.set(k, v);
    else files.set(name, readFileSync(path.join(dir, name)));
  }
  return files;
}

/**
 * What an AMO reviewer does with `wxt zip -b firefox`'s sources archive (README, "Firefox: the
 * store archive and its sources"): unpack it, `npm ci`, `npm run build:firefox`. Here the
 * repository's own node_modules stands in for `npm ci` (the archive's package-lock.json must be
 * the one it was installed from, which is checked), so the check needs no network.
 */
describe('the sources archive for addons.mozilla.org', () => {
  it('builds, by the README’s instructions, the submitted add-on byte for byte', () => {
    const version = JSON.parse(readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')).version;
    const { addon, sources } = firefoxZips(version);
    rmSync(CHECK_DIR, { recursive: true, force: true });
    for (const [name, bytes] of unzip(sources)) {
      mkdirSync(path.dirname(path.join(CHECK_DIR, name)), { recursive: true });
      writeFileSync(path.join(CHECK_DIR, name), bytes);
    }
    const lock = (dir: string) => readFileSync(path.join(dir, 'package-lock.json'), 'utf8');
    expect(lock(CHECK_DIR)).toBe(lock(ROOT_DIR));

    const build = spawnSync('npm', ['run', 'build:firefox'], {
      cwd: CHECK_DIR,
      encoding: 'utf8',
      env: buildEnv(), // as a shell has it: Vitest's NODE_ENV=test would change the bundle
    });
    expect(build.status, build.stderr).toBe(0);
    const built = filesUnder(path.join(CHECK_DIR, '.output', 'firefox-mv2'));
    const submitted = unzip(addon);
    expect([...built.keys()].sort()).toEqual([...submitted.keys()].sort());
    const differing = [...submitted].filter(
      ([name, bytes]) => !Buffer.from(bytes).equals(Buffer.from(built.get(name) ?? [])),
    );
    expect(differing.map(([name]) => name)).toEqual([]);
    rmSync(CHECK_DIR, { recursive: true, force: true });
  });
});
