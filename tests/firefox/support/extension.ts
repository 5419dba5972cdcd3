import type { Browser, Page } from 'puppeteer-core';
import { POPUP_VIEWPORT } from '../../e2e/pages/popup-page.ts';
import { navigate } from './bidi.ts';

/**
 * Drives the installed add-on from outside through its own pages: messages, tab ids, and its
 * pages opened in tabs (the popup as `popup.html?tab=<id>`, as the Chromium tests open it).
 */
export class FirefoxExtension {
  private controlPage: Page | undefined;

  constructor(
    readonly firefox: Browser,
    readonly uuid: string,
  ) {}

  /** The add-on's origin, `moz-extension://<uuid>`. */
  get origin(): string {
    return `moz-extension://${this.uuid}`;
  }

  /** Opens `path` (e.g. `popup.html?tab=3`) of the add-on in a new tab of `viewport` size. */
  async open(path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
    const page = await this.firefox.newPage();
    await page.setViewport(viewport);
    await navigate(page, `${this.origin}/${path}`);
    return page;
  }

  /** Opens the popup describing tab `tabId` in a new tab, at popup size. */
  openPopup(tabId: number): Promise<Page> {
    return this.open(`popup.html?tab=${tabId}`, POPUP_VIEWPORT);
  }

  /** Sends `message` with runtime.sendMessage from an add-on page and returns the answer. */
  async sendMessage<T = unknown>(message: unknown): Promise<T> {
    const page = await this.control();
    return (await page.evaluate((m) => browser.runtime.sendMessage(m), message)) as T;
  }

  /** Runs `fn` in an add-on page, where the `browser` API is (WXT's global type), and returns its result. */
  async evaluate<T, A>(fn: (arg: A) => Promise<T> | T, arg: A): Promise<T> {
    const page = await this.control();
    return (await page.evaluate(fn as (arg: unknown) => Promise<T>, arg)) as T;
  }

  /** The tab id of the divar.ir page `page` (the add-on sees the URLs of divar tabs only). */
  async tabIdOf(page: Page, timeout = 5_000): Promise<number> {
    const url = page.url();
    const deadline = Date.now() + timeout;
    for (;;) {
      const tabs = await this.evaluate(() => browser.tabs.query({}), undefined);
      const ids = tabs.filter((tab) => tab.url === url).map((tab) => tab.id);
      if (ids.length > 1) throw new Error(`${ids.length} tabs show ${url}; give each a #hash`);
      if (ids[0] !== undefined) return ids[0];
      if (Date.now() > deadline) throw new Error(`No tab the add-on can see shows ${url}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The add-on page used to reach the `browser` API; reopened if a test closed it. */
  private async control(): Promise<Page> {
    if (!this.controlPage || this.controlPage.isClosed()) {
      this.controlPage = await this.open('manifest.json');
    }
    return this.controlPage;
  }
}
