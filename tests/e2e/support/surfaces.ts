import type { BrowserContext, Page } from '@playwright/test';

/** A page of the built extension (`options.html`, `watch.html?id=…`) opened in a new tab. */
export async function openExtensionPage(
  context: BrowserContext,
  extensionId: string,
  path: string,
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/**
 * Every word a page shows or says: its visible text, the title, option labels and the names and
 * hints in attributes (aria-label, title, placeholder, alt), one per line.
 */
export function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attrs = ['aria-label', 'title', 'placeholder', 'alt'];
    const fromAttrs = [...document.querySelectorAll('*')].flatMap((el) =>
      attrs.map((a) => el.getAttribute(a) ?? '').filter(Boolean),
    );
    const options = [...document.querySelectorAll('option')].map((o) => o.textContent ?? '');
    return [document.title, document.body.innerText, ...options, ...fromAttrs].join('\n');
  });
}
