import { buildExtension } from '../../scripts/lib/build.ts';
import { FIREFOX_E2E_EXTENSION_DIR, FIREFOX_EXTENSION_DIR } from '../../scripts/lib/paths.ts';
import {
  requireBuiltExtension,
  requireFirefox,
  requireOpenssl,
} from '../../scripts/lib/prerequisites.ts';

/**
 * Checks Firefox and openssl, then builds and packs the Firefox add-on (`wxt zip -b firefox`: the
 * production build a user installs, its store archive and the sources archive) and builds the
 * e2e build with the test hook, for the right-click menu (skip both with E2E_SKIP_BUILD=1).
 */
export default function setup(): void {
  requireFirefox();
  requireOpenssl();
  if (process.env.E2E_SKIP_BUILD === '1') console.log('› E2E_SKIP_BUILD=1: using the last build');
  else {
    buildExtension('production', 'firefox', true);
    buildExtension('e2e', 'firefox');
  }
  requireBuiltExtension(FIREFOX_EXTENSION_DIR);
  requireBuiltExtension(FIREFOX_E2E_EXTENSION_DIR);
}
