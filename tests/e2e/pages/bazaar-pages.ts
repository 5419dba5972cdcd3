import type { BrowserContext, Locator, Page } from '@playwright/test';
import { makeApk } from '../../fixtures/pishkhan/make-apk.ts';

declare const chrome: {
  developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
};

/** The Pishkhan host pattern the extension asks for. */
export const PISHKHAN_PATTERN = 'https://api.pishkhan.cafebazaar.ir/*';

/**
 * Answers "Allow" to the extension's host-permission question ahead of time, as a user would on
 * its chrome://extensions page (headless Chromium shows no dialog to click): the next
 * permissions.request for the host then resolves true at once. The request is still made.
 */
export async function allowPishkhanHost(context: BrowserContext, extensionId: string) {
  const admin = await context.newPage();
  await admin.goto(`chrome://extensions/?id=${extensionId}`);
  await admin.evaluate(
    ([id, host]) => chrome.developerPrivate.addHostPermission(id as string, host as string),
    [extensionId, PISHKHAN_PATTERN],
  );
  await admin.close();
}

/** An APK file for a file input: a zip with a binary manifest (tests/fixtures/pishkhan/make-apk). */
export function apkFile(name: string, packageName: string, versionCode: number) {
  const apk = makeApk({
    packageName,
    versionCode,
    versionName: `4.${versionCode - 40}.0`,
    minSdk: 21,
    targetSdk: 34,
    padding: 64 * 1024,
    seed: versionCode,
  });
  return { name, mimeType: 'application/vnd.android.package-archive', buffer: Buffer.from(apk) };
}

/** The options page's "Bazaar releases" section and one app's card and wizard. */
export class BazaarOptions {
  readonly section: Locator;
  readonly open: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByTestId('bazaar');
    this.open = page.getByTestId('bazaar-open');
  }

  /** Opens the options page in a new tab. */
  static async open(context: BrowserContext, extensionId: string): Promise<BazaarOptions> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return new BazaarOptions(page);
  }

  /** Opens the options page, allows the host, opens the section and adds one app. */
  static async withApp(
    context: BrowserContext,
    extensionId: string,
    packageName: string,
    token: string,
  ) {
    const options = await BazaarOptions.open(context, extensionId);
    await allowPishkhanHost(context, extensionId);
    await options.open.click();
    await options.addApp(packageName, token);
    return options;
  }

  /** Adds an app by package name and token. */
  async addApp(packageName: string, token: string) {
    await this.page.getByTestId('bazaar-package-name').fill(packageName);
    await this.page.getByTestId('bazaar-token').fill(token);
    await this.page.getByTestId('bazaar-add-save').click();
  }

  /** The card of one app. */
  app(packageName: string): Locator {
    return this.page.locator(`[data-testid="bazaar-app"][data-package="${packageName}"]`);
  }

  /** The wizard of one app. */
  wizard(packageName: string): Locator {
    return this.app(packageName).getByTestId('wizard');
  }

  /** One chosen file of a wizard, by name. */
  file(packageName: string, name: string): Locator {
    return this.wizard(packageName).locator(`[data-testid="wizard-file"][data-name="${name}"]`);
  }
}
