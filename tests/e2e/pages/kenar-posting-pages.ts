import type { BrowserContext, Locator, Page } from '@playwright/test';

/** The options page's "My posts", new listing and business-button cards. */
export class KenarPostingPage {
  readonly myPosts: Locator;
  readonly newPostOpen: Locator;
  readonly newPost: Locator;
  readonly card: Locator;
  readonly allow: Locator;
  readonly error: Locator;
  readonly next: Locator;
  readonly title: Locator;
  readonly description: Locator;
  readonly photoInput: Locator;
  readonly photoDrop: Locator;
  readonly photos: Locator;
  readonly submit: Locator;
  readonly problems: Locator;
  readonly done: Locator;
  readonly business: Locator;

  constructor(readonly page: Page) {
    const byId = (id: string) => page.getByTestId(id);
    this.myPosts = byId('options-my-posts');
    this.newPostOpen = byId('new-post-open');
    this.newPost = byId('kenar-new-post');
    this.card = byId('new-post-card');
    this.allow = this.newPost.getByTestId('kenar-allow');
    this.error = this.newPost.getByTestId('kenar-error');
    this.next = byId('new-post-next');
    this.title = this.newPost.getByTestId('field-title');
    this.description = this.newPost.getByTestId('field-description');
    this.photoInput = this.newPost.getByTestId('photo-input');
    this.photoDrop = this.newPost.getByTestId('photo-drop');
    this.photos = this.newPost.getByTestId('photo');
    this.submit = byId('new-post-submit');
    this.problems = byId('new-post-problems');
    this.done = byId('new-post-done');
    this.business = byId('kenar-business-button');
  }

  /** A field of the new post's form by its path (`size`, `building.floor`). */
  field(path: string): Locator {
    return this.newPost.getByTestId(`field-${path}`);
  }

  /** Picks by their shown names: who posts, city, district (optional) and category. */
  async place(names: { business: string; city: string; district?: string; category: string }) {
    const pick = (id: string, label: string) =>
      this.page.getByTestId(`pick-${id}`).selectOption({ label });
    await pick('business', names.business);
    await pick('city', names.city);
    if (names.district) {
      await this.page
        .getByTestId('pick-district')
        .locator('option', { hasText: names.district })
        .first()
        .waitFor({ state: 'attached' });
      await pick('district', names.district);
    }
    await pick('category', names.category);
  }

  /** Opens the options page (with a query, e.g. the popup's new-listing link) in a new tab. */
  static async open(
    context: BrowserContext,
    extensionId: string,
    query = '',
  ): Promise<KenarPostingPage> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/options.html${query}`);
    return new KenarPostingPage(page);
  }
}
