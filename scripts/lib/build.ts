import { spawnSync } from 'node:child_process';
import { ROOT_DIR } from './paths.ts';
import { UserError } from './user-error.ts';

/**
 * Builds the Chrome extension with `wxt build`, showing its output: the production build into
 * .output/chrome-mv3, or with `mode: 'e2e'` the browser-test build (test hook included) into
 * .output/chrome-mv3-e2e (WXT adds the mode to the directory name).
 */
export function buildExtension(mode: 'production' | 'e2e' = 'production'): void {
  console.log(`› Building the extension (wxt build, ${mode})…`);
  const result = spawnSync('npx', ['--no-install', 'wxt', 'build', '--mode', mode], {
    cwd: ROOT_DIR,
    stdio: 'inherit',
  });
  if (result.error) throw new UserError(`Could not run \`npx wxt build\`: ${result.error.message}`);
  if (result.status !== 0) {
    throw new UserError('`wxt build` failed (see its output above). Did you run `npm ci`?');
  }
}
