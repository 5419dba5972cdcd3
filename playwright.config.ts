import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/lib/prerequisites.ts';

/** Real-browser tests: Debian's Chromium, the built extension and the local divar.ir replica. */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  // Each test launches its own Chromium; two cores do not run two of them well.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  outputDir: 'test-results',
  use: {
    launchOptions: { executablePath: chromiumPath() },
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
