// The built bundles (global setup builds both): what production ships must not hold the browser
// tests' hook, a listener for other extensions, or, in the content script, any storage access.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_EXTENSION_DIR, EXTENSION_DIR } from '../../scripts/lib/paths.ts';
import { expect, test } from './fixtures.ts';

/** The global the e2e tests call (TEST_HOOK_NAME in lib/background/test-hook.ts). */
const TEST_HOOK_NAME = 'divarActionsTest';

/** Every script and page of a build, by path relative to it. */
function bundles(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  return new Map(
    files
      .filter((file) => /\.(js|html)$/.test(file))
      .map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]),
  );
}

test.describe('the production build', () => {
  test('holds the test hook in no bundle (the e2e build does)', () => {
    const withHook = (dir: string) =>
      [...bundles(dir)].filter(([, text]) => text.includes(TEST_HOOK_NAME)).map(([file]) => file);
    expect(withHook(EXTENSION_DIR)).toEqual([]);
    expect(withHook(E2E_EXTENSION_DIR)).toEqual(['background.js']);
  });

  test('listens to no other extension', () => {
    const background = readFileSync(path.join(EXTENSION_DIR, 'background.js'), 'utf8');
    expect(background).toContain('onMessage.addListener');
    expect(background).not.toMatch(/onMessageExternal\.addListener|onConnectExternal/);
  });

  test('has a content script with no storage access, so no way to secrets', () => {
    const script = readFileSync(path.join(EXTENSION_DIR, 'content-scripts/divar.js'), 'utf8');
    // The polyfill's table of API shapes names `storage:{local:…}` and `cookies:{…}` as object
    // keys; no code of ours reaches either.
    const accesses = [
      /\.storage\b/, // browser.storage / chrome.storage, any area
      /\bgetItem\s*\(|\bsetItem\s*\(|\bgetItems\s*\(/, // WXT's storage helpers
      /["'`](local|sync|session|managed):/, // WXT storage keys
      /kenar:|tokens:v1|settings:v1|apiKey|clientSecret|refreshToken|accessToken/,
      /indexedDB|document\.cookie|\.cookies\./,
    ];
    expect(accesses.filter((access) => access.test(script)).map(String)).toEqual([]);
  });
});
