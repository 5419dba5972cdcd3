import type { Browser, Page } from 'puppeteer-core';

/** One WebDriver BiDi command's answer, as puppeteer-core's connection returns it. */
interface Answer {
  result: { result?: { type: string; value?: unknown } } & Record<string, unknown>;
}

/** puppeteer-core's own BiDi connection (public in its BidiBrowser, missing from its types). */
interface BidiConnection {
  send(method: string, params: object): Promise<Answer>;
}

function connectionOf(target: Page | Browser): BidiConnection {
  const firefox = 'mainFrame' in target ? target.browser() : target;
  return (firefox as unknown as { connection: BidiConnection }).connection;
}

/**
 * Installs the add-on archive at `zip` for good (`webExtension.install` with Firefox's
 * `moz:permanent`, which Puppeteer's `installExtension` does not offer), so it survives a restart.
 */
export async function installPermanently(firefox: Browser, zip: string): Promise<void> {
  await connectionOf(firefox).send('webExtension.install', {
    extensionData: { type: 'archivePath', path: zip },
    'moz:permanent': true,
  });
}

/** The BiDi browsing-context id of `page` (puppeteer-core's BidiFrame keeps it as `_id`). */
function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/**
 * Loads `url` in `page` and waits for its load event. For moz-extension:// pages Puppeteer's
 * `page.goto` never returns (Firefox reports no navigation events for extension documents), so
 * this sends `browsingContext.navigate` with `wait: 'complete'` itself; Firefox allows it only
 * with `--remote-allow-system-access` (see support/firefox.ts).
 */
export async function navigate(page: Page, url: string): Promise<void> {
  await connectionOf(page).send('browsingContext.navigate', {
    context: contextOf(page),
    url,
    wait: 'complete',
  });
}

/**
 * Runs `body` (a function's source, `this` = the closed shadow root of the first `host` element,
 * `arg` its argument) in `page` and returns what it returns as JSON. BiDi hands out closed shadow
 * roots when asked (`includeShadowTree: 'all'`), as DevTools does in Chromium; page scripts cannot.
 */
export async function inClosedShadow<T>(
  page: Page,
  host: string,
  body: string,
  arg: string,
): Promise<T | undefined> {
  const connection = connectionOf(page);
  const target = { context: contextOf(page) };
  const found = await connection.send('script.callFunction', {
    functionDeclaration: 'function (selector) { return document.querySelector(selector); }',
    arguments: [{ type: 'string', value: host }],
    awaitPromise: false,
    target,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const node = found.result.result?.value as { shadowRoot?: { sharedId: string } } | undefined;
  if (!node?.shadowRoot) return undefined;
  const answer = await connection.send('script.callFunction', {
    functionDeclaration: `function (arg) { return JSON.stringify((${body}).call(this, arg)); }`,
    this: { sharedId: node.shadowRoot.sharedId },
    arguments: [{ type: 'string', value: arg }],
    awaitPromise: false,
    target,
  });
  const json = answer.result.result?.value;
  return typeof json === 'string' ? (JSON.parse(json) as T) : undefined;
}

/** The text the user sees on `selector` inside `host`'s closed shadow root ('' if none). */
export async function shadowText(page: Page, host: string, selector: string): Promise<string> {
  const text = await inClosedShadow<string>(
    page,
    host,
    // Drawn text (lib/content/drawn-text.ts) lives in data-text, not in the DOM's text.
    'function (s) { const el = this.querySelector(s); return el ? (el.getAttribute("data-text") ?? el.textContent) : ""; }',
    selector,
  );
  return text ?? '';
}

/** Clicks `selector` inside `host`'s closed shadow root with the real mouse (a trusted click). */
export async function shadowClick(page: Page, host: string, selector: string): Promise<void> {
  const at = await inClosedShadow<[number, number]>(
    page,
    host,
    'function (s) { const el = this.querySelector(s); if (!el) return null; el.scrollIntoView({ block: "center" }); const b = el.getBoundingClientRect(); return [b.x + b.width / 2, b.y + b.height / 2]; }',
    selector,
  );
  if (!at) throw new Error(`no ${selector} in the closed shadow root of ${host}`);
  await page.mouse.click(at[0], at[1]);
}
