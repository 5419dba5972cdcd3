import { spawnSync } from 'node:child_process';
import { ROOT_DIR } from './paths.ts';
import { UserError } from './user-error.ts';

/**
 * Builds the extension with `wxt build`, showing its output: the production build into
 * .output/chrome-mv3, or with `mode: 'e2e'` the browser-test build (test hook included) into
 * .output/chrome-mv3-e2e (WXT adds the mode to the directory name); with `browser: 'firefox'`
 * the Firefox build into .output/firefox-mv2.
 */
export function buildExtension(
  mode: 'production' | 'e2e' = 'production',
  browser: 'chrome' | 'firefox' = 'chrome',
): void {
  console.log(`› Building the extension (wxt build -b ${browser}, ${mode})…`);
  const args = ['--no-install', 'wxt', 'build', '-b', browser, '--mode', mode];
  const result = spawnSync('npx', args, {
    cwd: ROOT_DIR,
    stdio: 'inherit',
  });
  if (result.error) throw new UserError(`Could not run \`npx wxt build\`: ${result.error.message}`);
  if (result.status !== 0) {
    throw new UserError('`wxt build` failed (see its output above). Did you run `npm ci`?');
  }
}
