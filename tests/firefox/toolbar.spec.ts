import { describe, expect, it } from 'vitest';
import { PAGE_WORDS } from '../../lib/i18n/page.ts';
import type { Envelope } from '../e2e/support/envelope.ts';
import { shadowClick, shadowText } from './support/bidi.ts';
import { useFirefox } from './support/use-firefox.ts';

const TOOLBAR = 'divar-actions-toolbar';
const button = (action: string) => `button[data-action=${action}]`;

/** The toolbar lives in a closed shadow root; it is read and clicked through BiDi (support/bidi.ts). */
describe('the toolbar injected into divar.ir pages, in Firefox', () => {
  const session = useFirefox();

  it('on a search page, "Fetch all" and "Watch" work from a real click', async () => {
    const { firefox, extension } = session();
    const page = await firefox.newPage();
    await page.goto('https://divar.ir/s/tehran/buy-villa');
    await expect.poll(() => shadowText(page, TOOLBAR, button('fetch-all'))).toBe('دریافت همه');
    await shadowClick(page, TOOLBAR, button('fetch-all'));
    await expect.poll(() => shadowText(page, TOOLBAR, '.status')).toContain('✓');
    const jobs = await extension.sendMessage<Envelope<{ url: string }[]>>({ type: 'listJobs' });
    expect(jobs.data.map((job) => job.url)).toContain('https://divar.ir/s/tehran/buy-villa');
    // The background tells the tab how the crawl goes (tabs.sendMessage): the button counts it.
    await expect
      .poll(() => shadowText(page, TOOLBAR, button('fetch-all')))
      .toMatch(new RegExp(`^${PAGE_WORDS.fa.fetching}: [۰-۹]+ از ۱۶۵$`));

    await shadowClick(page, TOOLBAR, button('watch'));
    await expect
      .poll(async () => {
        const list = await extension.sendMessage<Envelope>({ type: 'listWatches' });
        return JSON.stringify(list.data);
      })
      .toContain('https://divar.ir/s/tehran/buy-villa');
    await page.close();
  });

  it('a page script cannot press it: a synthetic click does nothing', async () => {
    const { firefox, extension } = session();
    const page = await firefox.newPage();
    await page.goto('https://divar.ir/s/shiraz/buy-villa');
    await expect.poll(() => shadowText(page, TOOLBAR, button('fetch-all'))).toBe('دریافت همه');
    const before = await extension.sendMessage<Envelope<unknown[]>>({ type: 'listJobs' });
    // What a page script can reach: the host element only, and its clicks are not trusted.
    const rootHidden = await page.evaluate((host) => {
      const el = document.querySelector(host);
      el?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return el !== null && el.shadowRoot === null;
    }, TOOLBAR);
    expect(rootHidden).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = await extension.sendMessage<Envelope<unknown[]>>({ type: 'listJobs' });
    expect(after.data).toHaveLength(before.data.length);
    await page.close();
  });

  it('on a post page, "Copy token" puts the token on the clipboard', async () => {
    const { firefox } = session();
    const page = await firefox.newPage();
    await page.goto('https://divar.ir/v/-/gammaxvi');
    await expect.poll(() => shadowText(page, TOOLBAR, button('copy-token'))).not.toBe('');
    await shadowClick(page, TOOLBAR, button('copy-token'));
    await expect.poll(() => shadowText(page, TOOLBAR, '.status')).toContain('✓');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('gammaxvi');
    await page.close();
  });
});
