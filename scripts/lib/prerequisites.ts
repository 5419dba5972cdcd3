import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from './user-error.ts';

/** Debian's Chromium, used unless CHROMIUM_PATH names another binary. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** The Chromium binary to launch: CHROMIUM_PATH if set, else Debian's. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

/** Debian's Firefox ESR, which `npm run test:firefox` drives unless FIREFOX_PATH names another. */
export const DEFAULT_FIREFOX_PATH = '/usr/bin/firefox-esr';

/** The Firefox binary to drive: FIREFOX_PATH if set, else Debian's firefox-esr. */
export function firefoxPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.FIREFOX_PATH || DEFAULT_FIREFOX_PATH;
}

/** Returns `binary` if it runs, else throws a UserError naming `what`, `variable` and `howTo`. */
function requireExecutable(
  binary: string,
  what: string,
  variable: string | undefined,
  howTo: string,
): string {
  try {
    accessSync(binary, constants.X_OK);
    return binary;
  } catch {
    const origin = variable ? `${variable}=${binary}` : binary;
    throw new UserError(`${what} was not found (${origin}).\n${howTo}`);
  }
}

/** Returns the Chromium binary, or throws a UserError that says how to install one. */
export function requireChromium(env: NodeJS.ProcessEnv = process.env): string {
  return requireExecutable(
    chromiumPath(env),
    'Chromium',
    env.CHROMIUM_PATH ? 'CHROMIUM_PATH' : undefined,
    "  Run `npm run setup`: as root it installs Debian's chromium, otherwise it prints how,\n" +
      '  or point CHROMIUM_PATH at a Chromium or Chrome for Testing binary.\n' +
      '  (Do not run `playwright install`: this project uses the system Chromium.)',
  );
}

/** Returns the Firefox binary, or throws a UserError that says how to install one. */
export function requireFirefox(env: NodeJS.ProcessEnv = process.env): string {
  return requireExecutable(
    firefoxPath(env),
    'Firefox',
    env.FIREFOX_PATH ? 'FIREFOX_PATH' : undefined,
    "  Run `npm run setup`: as root it installs Debian's firefox-esr, otherwise it prints how,\n" +
      '  or point FIREFOX_PATH at another Firefox (115 or later). No browser is ever downloaded.',
  );
}

/** Throws a UserError unless `openssl` runs (the replica makes its certificate with it). */
export function requireOpenssl(): void {
  const result = spawnSync('openssl', ['version'], { stdio: 'ignore' });
  if (result.error || result.status !== 0) {
    throw new UserError(
      'openssl was not found; the local divar.ir replica needs it to make its certificate.\n' +
        "  Run `npm run setup`: as root it installs Debian's openssl, otherwise it prints how.",
    );
  }
}

/** Throws a UserError unless `dir` holds a built extension (a manifest.json). */
export function requireBuiltExtension(dir: string): void {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new UserError(`No built extension in ${dir}. Run \`npm run build\` first.`);
  }
}
