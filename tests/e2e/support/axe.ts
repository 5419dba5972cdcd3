import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type Worker } from '@playwright/test';

declare const chrome: { storage: { sync: { set(items: object): Promise<void> } } };

/** The rules the issue asks for: WCAG 2.1 A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** The UI languages and colour schemes every page is checked in. */
export const VARIANTS = [
  { lang: 'fa', scheme: 'light' },
  { lang: 'fa', scheme: 'dark' },
  { lang: 'en', scheme: 'light' },
  { lang: 'en', scheme: 'dark' },
] as const;

/** One UI language and colour scheme. */
export type Variant = (typeof VARIANTS)[number];

/** Sets the UI language every extension page opens in (the synced preference). */
export async function useLang(worker: Worker, lang: 'fa' | 'en'): Promise<void> {
  await worker.evaluate((value) => chrome.storage.sync.set({ 'lang:v1': value }), lang);
}

/**
 * Runs axe on `page` (the whole document, open shadow roots included) and expects no serious
 * or critical violation; the message lists each rule with the elements that break it.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, label).toEqual([]);
}
