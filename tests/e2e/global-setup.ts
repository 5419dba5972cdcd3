import { buildExtension } from '../../scripts/lib/build.ts';
import { E2E_EXTENSION_DIR, EXTENSION_DIR } from '../../scripts/lib/paths.ts';
import {
  requireBuiltExtension,
  requireChromium,
  requireOpenssl,
} from '../../scripts/lib/prerequisites.ts';
import { UserError } from '../../scripts/lib/user-error.ts';

/**
 * Checks Chromium and openssl, then builds the extension twice (skip with E2E_SKIP_BUILD=1): the
 * production build, which the bundle tests read, and the e2e build the browser tests load.
 */
export default function globalSetup(): void {
  try {
    requireChromium();
    requireOpenssl();
    if (process.env.E2E_SKIP_BUILD === '1') console.log('› E2E_SKIP_BUILD=1: using the last build');
    else {
      buildExtension('production');
      buildExtension('e2e');
    }
    requireBuiltExtension(EXTENSION_DIR);
    requireBuiltExtension(E2E_EXTENSION_DIR);
  } catch (error) {
    // Playwright prints the stack of a thrown error; for these the message says it all.
    if (error instanceof UserError) error.stack = `${error.message}\n`;
    throw error;
  }
}
