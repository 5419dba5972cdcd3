import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ROOT_DIR } from '../../../scripts/lib/paths.ts';

/** Where documentation screenshots go (README links docs/screenshots/*.png); E2E_SCREENSHOT_DIR overrides. */
export const SCREENSHOT_DIR =
  process.env.E2E_SCREENSHOT_DIR ?? path.join(ROOT_DIR, 'docs', 'screenshots');

/** Padding kept below the lowest element when a page screenshot is cropped to its content. */
const BOTTOM_PADDING = 12;

/** In the page: the bottom of its lowest element (run with any driver's `evaluate`). */
export function contentBottom(): number {
  return Math.max(
    0,
    ...[...document.body.querySelectorAll('*')].map((e) => e.getBoundingClientRect().bottom),
  );
}

/** The height a picture of a page should have: its content plus padding, at most `viewport`. */
export function croppedHeight(bottom: number, viewport: number): number {
  return Math.min(viewport, Math.ceil(bottom) + BOTTOM_PADDING);
}

/** The height of what `page` shows, so a popup's picture ends where its content does, as in Chrome. */
async function contentHeight(page: Page, viewport: number): Promise<number> {
  return croppedHeight(await page.evaluate(contentBottom), viewport);
}

/** Saves a PNG of `target` to `file`; a page is cropped to its content. */
export async function capturePng(target: Page | Locator, file: string): Promise<string> {
  mkdirSync(path.dirname(file), { recursive: true });
  // Web fonts (Vazirmatn) swap in late; wait so the picture shows what users see.
  const page = 'viewportSize' in target ? target : target.page();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  if ('viewportSize' in target) {
    const viewport = target.viewportSize() ?? { width: 1280, height: 720 };
    const height = await contentHeight(target, viewport.height);
    await target.screenshot({
      path: file,
      animations: 'disabled',
      clip: { x: 0, y: 0, width: viewport.width, height },
    });
  } else {
    await target.screenshot({ path: file, animations: 'disabled' });
  }
  return file;
}

/** `<SCREENSHOT_DIR>/<name>.png`, once `name` is checked to be kebab-case. */
export function screenshotFile(name: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    throw new Error(`Screenshot name "${name}" should be kebab-case, without ".png"`);
  }
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}

/** Saves a PNG of `target` as `<SCREENSHOT_DIR>/<name>.png` and returns its path. */
export function writeScreenshot(name: string, target: Page | Locator): Promise<string> {
  return capturePng(target, screenshotFile(name));
}
