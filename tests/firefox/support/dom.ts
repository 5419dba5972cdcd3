import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { contentBottom, croppedHeight, screenshotFile } from '../../e2e/support/screenshots.ts';

/** The CSS selector of the element with `data-testid="<id>"`. */
export const byTestId = (id: string) => `[data-testid="${id}"]`;

/** The `name` attribute of the first `data-testid=id` element (null when absent). */
export function attr(page: Page, id: string, name: string): Promise<string | null> {
  return page.evaluate(
    (selector, attribute) => document.querySelector(selector)?.getAttribute(attribute) ?? null,
    byTestId(id),
    name,
  );
}

/** The text of the first `data-testid=id` element ('' when absent). */
export function text(page: Page, id: string): Promise<string> {
  return page.evaluate(
    (selector) => document.querySelector(selector)?.textContent ?? '',
    byTestId(id),
  );
}

/** Clicks the `data-testid=id` element with the real mouse, once it is there. */
export async function click(page: Page, id: string): Promise<void> {
  await page.waitForSelector(byTestId(id), { visible: true });
  await page.click(byTestId(id));
}

/**
 * Saves docs/screenshots/<name>.png of `page`, cropped to its content as the Chromium tests crop
 * theirs (tests/e2e/support/screenshots.ts), once its web fonts have loaded.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const file = screenshotFile(name);
  mkdirSync(path.dirname(file), { recursive: true });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const viewport = page.viewport() ?? { width: 1280, height: 800 };
  const height = croppedHeight(await page.evaluate(contentBottom), viewport.height);
  await page.screenshot({
    path: file as `${string}.png`,
    clip: { x: 0, y: 0, width: viewport.width, height },
  });
  return file;
}
