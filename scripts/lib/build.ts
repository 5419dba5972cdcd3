import { spawnSync } from 'node:child_process';
import { ROOT_DIR } from './paths.ts';
import { UserError } from './user-error.ts';

/**
 * The environment a build runs in: the caller's without NODE_ENV. Vitest sets it to `test`, and
 * with any value but `production` Preact's preset compiles JSX for development (larger, and with
 * the absolute path of every component in the bundle), so the build would differ from a user's.
 */
export function buildEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const { NODE_ENV: _ignored, ...rest } = env;
  return rest;
}

/**
 * Builds the extension with `wxt build`, showing its output: the production build into
 * .output/chrome-mv3, or with `mode: 'e2e'` the browser-test build (test hook included) into
 * .output/chrome-mv3-e2e (WXT adds the mode to the directory name); with `browser: 'firefox'`
 * the Firefox build into .output/firefox-mv2. With `zip`, `wxt zip` also packs it as for the
 * store (for Firefox, with the sources archive AMO asks for).
 */
export function buildExtension(
  mode: 'production' | 'e2e' = 'production',
  browser: 'chrome' | 'firefox' = 'chrome',
  zip = false,
): void {
  const command = zip ? 'zip' : 'build';
  console.log(`› Building the extension (wxt ${command} -b ${browser}, ${mode})…`);
  const args = ['--no-install', 'wxt', command, '-b', browser, '--mode', mode];
  const result = spawnSync('npx', args, { cwd: ROOT_DIR, stdio: 'inherit', env: buildEnv() });
  if (result.error) {
    throw new UserError(`Could not run \`npx wxt ${command}\`: ${result.error.message}`);
  }
  if (result.status !== 0) {
    throw new UserError(
      `\`wxt ${command}\` failed (see its output above). Did you run \`npm ci\`?`,
    );
  }
}
