import { defineConfig } from 'vitest/config';

/**
 * `npm run test:firefox`: the Firefox build driven in Debian's Firefox ESR (see README.md here).
 * One Firefox per spec file, one file at a time: two cores do not run two browsers well.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/firefox/**/*.spec.ts'],
    globalSetup: ['tests/firefox/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // What a browser shows arrives later than in a unit test: poll for up to 10 s, as Playwright.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
