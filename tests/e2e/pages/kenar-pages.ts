import type { BrowserContext, Locator, Page } from '@playwright/test';

/** The options page (`options.html`): the Kenar app's key, slug, secret and the connection. */
export class KenarOptionsPage {
  readonly apiKey: Locator;
  readonly saveKey: Locator;
  readonly testKey: Locator;
  readonly keyOk: Locator;
  readonly appSlug: Locator;
  readonly clientSecret: Locator;
  readonly saveApp: Locator;
  readonly redirectUri: Locator;
  readonly connection: Locator;
  readonly connect: Locator;
  readonly disconnect: Locator;
  readonly revocation: Locator;
  readonly scopes: Locator;
  readonly phone: Locator;
  readonly findUserId: Locator;
  readonly userId: Locator;

  constructor(readonly page: Page) {
    const byId = (id: string) => page.getByTestId(id);
    this.apiKey = byId('api-key');
    this.saveKey = byId('api-key-save');
    this.testKey = byId('test-key');
    this.keyOk = byId('key-ok');
    this.appSlug = byId('app-slug');
    this.clientSecret = byId('client-secret');
    this.saveApp = byId('app-save');
    this.redirectUri = byId('redirect-uri');
    this.connection = byId('options-connection');
    this.connect = this.connection.getByTestId('kenar-connect');
    this.disconnect = this.connection.getByTestId('disconnect');
    this.revocation = this.connection.getByTestId('revocation');
    this.scopes = byId('granted-scopes');
    this.phone = byId('phone');
    this.findUserId = byId('find-user-id');
    this.userId = byId('user-id');
  }

  /** Opens the options page in a new tab. */
  static async open(context: BrowserContext, extensionId: string): Promise<KenarOptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return new KenarOptionsPage(page);
  }
}

/** The Kenar card of the popup: the official record, the owner's tools, "My posts". */
export class KenarPanel {
  readonly root: Locator;
  readonly record: Locator;
  readonly own: Locator;
  readonly statsBars: Locator;
  readonly editTitle: Locator;
  readonly editDescription: Locator;
  readonly editSave: Locator;
  readonly editSaved: Locator;
  readonly titleProblem: Locator;
  readonly allow: Locator;
  readonly buttonLink: Locator;
  readonly buttonSet: Locator;
  readonly buttonRemove: Locator;
  readonly buttonDone: Locator;
  readonly deletePost: Locator;
  readonly deleteConfirm: Locator;
  readonly deleteYes: Locator;
  readonly deleteCancel: Locator;
  readonly deleteDone: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('kenar');
    const byId = (id: string) => this.root.getByTestId(id);
    this.record = byId('kenar-record');
    this.own = byId('kenar-own');
    this.statsBars = byId('stats-bar');
    this.editTitle = byId('edit-title');
    this.editDescription = byId('edit-description');
    this.editSave = byId('edit-save');
    this.editSaved = byId('edit-saved');
    this.titleProblem = byId('edit-problem-title');
    this.allow = byId('kenar-allow');
    this.buttonLink = byId('button-link');
    this.buttonSet = byId('button-set');
    this.buttonRemove = byId('button-remove');
    this.buttonDone = byId('button-done');
    this.deletePost = byId('delete-post');
    this.deleteConfirm = byId('delete-confirm');
    this.deleteYes = byId('delete-yes');
    this.deleteCancel = byId('delete-cancel');
    this.deleteDone = byId('delete-done');
  }
}

/**
 * Approves the next consent page on oauth.divar.ir, as the user would in the window
 * `identity.launchWebAuthFlow` opens (Playwright sees that window as a page of the context).
 */
export async function approveNextConsent(
  context: BrowserContext,
  run: () => Promise<unknown>,
): Promise<string[]> {
  const isConsent = (page: Page) => page.url().startsWith('https://oauth.divar.ir/oauth2/auth');
  const opened = context.waitForEvent('page', { predicate: isConsent, timeout: 10_000 });
  await run();
  const consent = await opened;
  const scopes = await consent.getByTestId('consent-scopes').locator('li').allInnerTexts();
  await consent.locator('#approve').click();
  return scopes;
}
