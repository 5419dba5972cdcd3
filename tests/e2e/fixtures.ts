import {
  type BrowserContext,
  test as base,
  chromium,
  type Locator,
  type Page,
  type Worker,
} from '@playwright/test';
import { extensionLaunchArgs, unpackedExtensionId } from '../../scripts/lib/launch-args.ts';
import { E2E_EXTENSION_DIR } from '../../scripts/lib/paths.ts';
import { type Replica, startReplica } from '../replica/index.ts';
import { PopupPage } from './pages/popup-page.ts';
import { ExtensionDriver } from './support/extension-driver.ts';
import { writeScreenshot } from './support/screenshots.ts';

/** Fixtures shared by every test of a worker process. */
export interface WorkerFixtures {
  /** The local HTTPS replica of divar.ir and its APIs, on a random port. */
  replica: Replica;
  /** The built extension under test (default .output/chrome-mv3-e2e; E2E_EXTENSION_DIR overrides). */
  extensionDir: string;
}

/** Fixtures (and options, set with `test.use`) for one test. */
export interface TestFixtures {
  /** Option: more unpacked extensions to load beside ours, e.g. from createForeignExtension(). */
  extraExtensionDirs: string[];
  /** Option: trust the replica's certificate by SPKI pin (default true; false shows it matters). */
  trustReplica: boolean;
  /** A fresh persistent Chromium profile with the extension(s) loaded and divar.ir mapped. */
  context: BrowserContext;
  /** Our extension's id, computed from its directory as Chromium does. */
  extensionId: string;
  /** Messages, tab ids and service-worker lifecycle of our extension. */
  extension: ExtensionDriver;
  /** Our extension's service worker (the same handle stays usable after a stop and wake). */
  serviceWorker: Worker;
  /** Sends a runtime message from one of our extension pages and returns the answer. */
  sendMessage: <T = unknown>(message: unknown) => Promise<T>;
  /** The tab id of a divar.ir page (via chrome.tabs.query; the extension sees only divar URLs). */
  tabIdOf: (page: Page) => Promise<number>;
  /** Stops our service worker for real via CDP; resolves once Chromium reports it stopped. */
  stopServiceWorker: () => Promise<void>;
  /** Wakes our service worker with a message and returns it once running. */
  wakeServiceWorker: () => Promise<Worker>;
  /** The service worker of another loaded extension, by its directory. */
  workerOf: (extensionDir: string) => Promise<Worker>;
  /** Opens the popup describing a page (or tab id) in a new tab. */
  openPopup: (target: Page | number) => Promise<PopupPage>;
  /**
   * Saves docs/screenshots/<name>.png of `target` (default: the test's page); returns the path.
   * Not called `screenshot`: that name is Playwright's on-failure screenshot option.
   */
  saveScreenshot: (name: string, target?: Page | Locator) => Promise<string>;
}

/** Playwright's `test`, with the extension, the replica and the helpers above. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  replica: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const replica = await startReplica({ port: 0 });
      await use(replica);
      await replica.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  extensionDir: [
    process.env.E2E_EXTENSION_DIR ?? E2E_EXTENSION_DIR,
    { scope: 'worker', option: true },
  ],
  extraExtensionDirs: [[], { option: true }],
  trustReplica: [true, { option: true }],

  context: async (
    { replica, extensionDir, extraExtensionDirs, trustReplica, launchOptions, headless },
    use,
  ) => {
    replica.faults.reset();
    replica.log.clear();
    const args = extensionLaunchArgs({
      extensionDirs: [extensionDir, ...extraExtensionDirs],
      replica: {
        hostResolverRules: replica.hostResolverRules,
        spkiHash: trustReplica ? replica.spkiHash : undefined,
      },
      isolateNetwork: true,
    });
    const context = await chromium.launchPersistentContext('', {
      ...launchOptions,
      headless,
      args: [...(launchOptions.args ?? []), ...args],
    });
    await use(context);
    await context.close();
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
  extensionId: async ({ extensionDir }, use) => {
    await use(unpackedExtensionId(extensionDir));
  },
  extension: async ({ context, extensionId }, use) => {
    await use(new ExtensionDriver(context, extensionId));
  },
  serviceWorker: async ({ extension }, use) => {
    await use(await extension.serviceWorker());
  },
  sendMessage: async ({ extension }, use) => {
    await use(<T>(message: unknown) => extension.sendMessage<T>(message));
  },
  tabIdOf: async ({ extension }, use) => {
    await use((page) => extension.tabIdOf(page));
  },
  stopServiceWorker: async ({ extension }, use) => {
    await use(() => extension.stopServiceWorker());
  },
  wakeServiceWorker: async ({ extension }, use) => {
    await use(() => extension.wakeServiceWorker());
  },
  workerOf: async ({ context }, use) => {
    await use((dir) => new ExtensionDriver(context, unpackedExtensionId(dir)).serviceWorker());
  },
  openPopup: async ({ context, extension, extensionId }, use) => {
    await use(async (target) => {
      const tabId = typeof target === 'number' ? target : await extension.tabIdOf(target);
      return PopupPage.open(context, extensionId, tabId);
    });
  },
  saveScreenshot: async ({ page }, use) => {
    await use((name, target) => writeScreenshot(name, target ?? page));
  },
});

export { expect } from '@playwright/test';
