import { fileURLToPath } from 'node:url';

/** The repository root, wherever a script or test is started from. */
export const ROOT_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** Where `wxt build` puts the Chrome (MV3) build. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

/** Where `wxt build --mode e2e` puts the build the browser tests load (with their test hook). */
export const E2E_EXTENSION_DIR = fileURLToPath(
  new URL('../../.output/chrome-mv3-e2e', import.meta.url),
);

/** Where `wxt build -b firefox` puts the Firefox (MV2) build, which tests/firefox drives. */
export const FIREFOX_EXTENSION_DIR = fileURLToPath(
  new URL('../../.output/firefox-mv2', import.meta.url),
);

/** Where `wxt build -b firefox --mode e2e` puts the Firefox build with the test hook. */
export const FIREFOX_E2E_EXTENSION_DIR = fileURLToPath(
  new URL('../../.output/firefox-mv2-e2e', import.meta.url),
);

/** The archives `wxt zip -b firefox` writes for `version`: the add-on, and its sources for AMO. */
export function firefoxZips(version: string): { addon: string; sources: string } {
  const zip = (suffix: string) =>
    fileURLToPath(new URL(`../../.output/divar-actions-${version}-${suffix}.zip`, import.meta.url));
  return { addon: zip('firefox'), sources: zip('sources') };
}

/** Local state of the demo: browser profile and screenshots (git-ignored). */
export const DEMO_STATE_DIR = fileURLToPath(new URL('../../.replica', import.meta.url));
