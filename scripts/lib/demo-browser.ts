import { mkdirSync } from 'node:fs';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { PopupPage } from '../../tests/e2e/pages/popup-page.ts';
import { ExtensionDriver } from '../../tests/e2e/support/extension-driver.ts';
import { capturePng } from '../../tests/e2e/support/screenshots.ts';
import { extensionLaunchArgs, type ReplicaRoute, unpackedExtensionId } from './launch-args.ts';
import { UserError } from './user-error.ts';

/** How to launch the demo browser. */
export interface DemoBrowserOptions {
  chromiumPath: string;
  extensionDir: string;
  /** Persistent profile directory; '' for a throwaway one. */
  profileDir: string;
  headless: boolean;
  /** Set when divar's hosts should be served by the local replica. */
  replica?: ReplicaRoute;
}

/** Launches Chromium with the extension loaded (and divar.ir mapped to the replica if given). */
export async function launchDemoBrowser(options: DemoBrowserOptions): Promise<BrowserContext> {
  if (options.profileDir) mkdirSync(options.profileDir, { recursive: true });
  try {
    return await chromium.launchPersistentContext(options.profileDir, {
      executablePath: options.chromiumPath,
      headless: options.headless,
      // Headed: let the window size the page, and hide the "controlled by automation" bar.
      viewport: options.headless ? { width: 1280, height: 800 } : null,
      ignoreDefaultArgs: ['--enable-automation'],
      args: extensionLaunchArgs({
        extensionDirs: [options.extensionDir],
        replica: options.replica,
      }),
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const hint = options.profileDir
      ? `\n  If another demo browser is still open, close it (or delete ${options.profileDir}).`
      : '';
    throw new UserError(`Chromium did not start: ${detail}${hint}`);
  }
}

/** Opens `url` in the first tab and returns that tab. */
export async function openDemoPage(context: BrowserContext, url: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
  } catch (error) {
    console.warn(`! ${url} did not load: ${error instanceof Error ? error.message : error}`);
  }
  return page;
}

/** Opens the popup for the demo tab and saves a PNG of it to `file`. */
export async function screenshotPopup(
  context: BrowserContext,
  extensionDir: string,
  demoPage: Page,
  file: string,
): Promise<void> {
  const extension = new ExtensionDriver(context, unpackedExtensionId(extensionDir));
  await extension.serviceWorker();
  const popup = await PopupPage.open(
    context,
    extension.extensionId,
    await extension.tabIdOf(demoPage),
  );
  try {
    await popup.pageKind.waitFor({ timeout: 10_000 });
  } catch {
    console.warn('! The popup did not show a page kind within 10 s; saving what it shows.');
  }
  await capturePng(popup.page, file);
}
