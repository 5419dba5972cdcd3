import type { BrowserContext, Locator, Page } from '@playwright/test';

/** Roughly the size Chrome gives the toolbar popup, so screenshots look like the real thing. */
export const POPUP_VIEWPORT = { width: 400, height: 600 };

/** The toolbar popup, opened in a normal tab as `popup.html?tab=<id>` to describe that tab. */
export class PopupPage {
  readonly pageKind: Locator;
  readonly postToken: Locator;
  readonly searchCity: Locator;
  readonly searchCategory: Locator;
  readonly urlInput: Locator;
  readonly urlResult: Locator;
  readonly error: Locator;
  readonly copyToken: Locator;
  readonly langToggle: Locator;

  constructor(readonly page: Page) {
    const byId = (id: string) => page.getByTestId(id);
    this.pageKind = byId('page-kind');
    this.postToken = byId('post-token');
    this.searchCity = byId('search-city');
    this.searchCategory = byId('search-category');
    this.urlInput = byId('url-input');
    this.urlResult = byId('url-result');
    this.error = byId('error');
    this.copyToken = byId('copy-token');
    this.langToggle = byId('lang-toggle');
  }

  /** The popup URL for an extension, describing `tabId` (or the active tab when omitted). */
  static url(extensionId: string, tabId?: number): string {
    const query = tabId === undefined ? '' : `?tab=${tabId}`;
    return `chrome-extension://${extensionId}/popup.html${query}`;
  }

  /** Opens the popup for `tabId` in a new tab of `context`, at popup size. */
  static async open(
    context: BrowserContext,
    extensionId: string,
    tabId?: number,
  ): Promise<PopupPage> {
    const page = await context.newPage();
    await page.setViewportSize(POPUP_VIEWPORT);
    await page.goto(PopupPage.url(extensionId, tabId));
    return new PopupPage(page);
  }

  /** The page kind the popup shows: post, search or other (null before it renders). */
  kind(): Promise<string | null> {
    return this.pageKind.getAttribute('data-kind');
  }

  /** Opens the folded «برای برنامه‌نویس‌ها» section (the request, cURL and fetch, notes). */
  async openDeveloper(): Promise<void> {
    const section = this.page.getByTestId('dev-section');
    if ((await section.getAttribute('open')) === null) await section.locator('> summary').click();
  }

  /** The kind of the error shown, if any. */
  errorKind(): Promise<string | null> {
    return this.error.getAttribute('data-kind');
  }

  /** Closes the popup's tab. */
  close(): Promise<void> {
    return this.page.close();
  }
}
