import { spawnSync } from 'node:child_process';
import { ROOT_DIR } from './paths.ts';
import { UserError } from './user-error.ts';

/** Builds the Chrome extension into .output/chrome-mv3 with `wxt build`, showing its output. */
export function buildExtension(): void {
  console.log('› Building the extension (wxt build)…');
  const result = spawnSync('npx', ['--no-install', 'wxt', 'build'], {
    cwd: ROOT_DIR,
    stdio: 'inherit',
  });
  if (result.error) throw new UserError(`Could not run \`npx wxt build\`: ${result.error.message}`);
  if (result.status !== 0) {
    throw new UserError('`wxt build` failed (see its output above). Did you run `npm ci`?');
  }
}
