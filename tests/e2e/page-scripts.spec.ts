// What a script of the divar.ir page itself (its main world) can make the extension do, or learn:
// it cannot press the toolbar, cannot read the marks on cards, and is not told our id.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ClosedShadow } from './support/closed-shadow.ts';
import { firstJobDone } from './support/jobs.ts';

interface Envelope<T = unknown> {
  ok: boolean;
  data: T;
}

const TOOLBAR = 'divar-actions-toolbar';
const BADGES = 'article.unsafe-kt-post-card divar-actions-badge';
const SEARCH = 'https://divar.ir/s/tehran/buy-villa';

/** Main world, before any other script: keeps every shadow root made with the page's own API. */
const CAPTURE_ROOTS = () => {
  const captured: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, { ...init, mode: 'open' });
    captured.push(root);
    return root;
  };
  Object.assign(window, { capturedRoots: captured });
};

/**
 * Main world: presses every toolbar button it can reach, by every path a page script has: the
 * host and whatever `elementFromPoint` finds there (click(), synthetic pointer, mouse and key
 * events), `shadowRoot`, roots caught by patching attachShadow, and every button in the page.
 */
const PRESS_EVERYTHING = () => {
  const host = document.querySelector('divar-actions-toolbar');
  if (!host) throw new Error('no toolbar host');
  const captured = (window as unknown as { capturedRoots: ShadowRoot[] }).capturedRoots;
  const targets = new Set<Element>([host]);
  for (const root of [host.shadowRoot, ...captured])
    for (const el of root?.querySelectorAll('*') ?? []) targets.add(el);
  const box = host.getBoundingClientRect();
  let hostHits = 0;
  for (let x = box.left + 1; x < box.right; x += 6) {
    const hit = document.elementFromPoint(x, box.top + box.height / 2);
    if (hit) targets.add(hit);
    if (hit === host) hostHits++;
  }
  for (const el of document.querySelectorAll('button, [data-action], [role=toolbar]'))
    targets.add(el);
  const init = { bubbles: true, composed: true, cancelable: true };
  for (const el of targets) {
    (el as HTMLElement).click?.();
    (el as HTMLElement).focus?.();
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
      el.dispatchEvent(
        type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init),
      );
    for (const key of ['Enter', ' ']) {
      el.dispatchEvent(new KeyboardEvent('keydown', { ...init, key }));
      el.dispatchEvent(new KeyboardEvent('keyup', { ...init, key }));
    }
  }
  return { hostHits, open: host.shadowRoot !== null, captured: captured.length };
};

/**
 * Main world: plants two bare cards (no price, no size, so no price badge), one for a post the
 * user fetched and one for a post nobody fetched, as the attack does.
 */
const PLANT_CARDS = (fetchedToken: string) => {
  const list = document.querySelector('article.unsafe-kt-post-card')?.parentElement;
  for (const [id, token] of [
    ['planted-fetched', fetchedToken],
    ['planted-unknown', 'zzzzzzzz'],
  ]) {
    const card = document.createElement('article');
    card.className = 'unsafe-kt-post-card';
    card.id = id as string;
    card.innerHTML = `<a class="unsafe-kt-post-card__action" href="/v/x/${token}"><h2 class="unsafe-kt-post-card__title">x</h2></a>`;
    list?.prepend(card);
  }
};

/** Main world: every way a page script has to read text the page shows, and `phrases` found. */
const READ_EVERYTHING = (phrases: string[]) => {
  const hosts = [...document.querySelectorAll('divar-actions-badge, divar-actions-toolbar')];
  const selection = getSelection() as Selection;
  selection.selectAllChildren(document.body);
  const selected = selection.toString();
  let copied = '';
  document.addEventListener('copy', () => (copied = String(getSelection())), { once: true });
  document.execCommand('copy');
  selection.removeAllRanges();
  const range = document.createRange();
  range.selectNodeContents(document.documentElement);
  const body = document.body as HTMLElement & { getHTML?(o: object): string };
  const find = (window as unknown as { find(text: string): boolean }).find;
  const found = phrases.filter((phrase) => find(phrase));
  // The planted cards are alike but for the mark: their badge hosts must be alike too.
  const layout = ['planted-fetched', 'planted-unknown'].map((id) => {
    const host = document.querySelector(`#${id} divar-actions-badge`);
    const box = host?.getBoundingClientRect();
    return `${box?.width}x${box?.height} scroll ${host?.scrollWidth}x${host?.scrollHeight}`;
  });
  return {
    text: [
      document.documentElement.textContent,
      document.body.innerText,
      document.documentElement.outerHTML,
      body.getHTML?.({ serializableShadowRoots: true }) ?? '',
      selected,
      copied,
      range.toString(),
      ...hosts.map((h) => `${h.shadowRoot?.innerHTML ?? ''}${(h as HTMLElement).innerText}`),
    ].join('\n'),
    found,
    layout,
  };
};

async function counts(page: Page, send: <T>(m: unknown) => Promise<T>) {
  const watches = await send<Envelope<{ searches: unknown[] }>>({ type: 'listWatches' });
  const jobs = await send<Envelope<unknown[]>>({ type: 'listJobs' });
  return {
    watches: watches.data.searches.length,
    jobs: jobs.data.length,
    tabs: page.context().pages().length,
  };
}

test.describe('a divar.ir page script', () => {
  test('cannot press the toolbar: no watch, no job, no tab; a real click still works', async ({
    page,
    sendMessage,
  }) => {
    await page.addInitScript(CAPTURE_ROOTS);
    await page.goto(SEARCH);
    await expect(page.locator(TOOLBAR)).toHaveCount(1);
    const before = await counts(page, sendMessage);
    const first = await page.evaluate(PRESS_EVERYTHING);
    // It found the toolbar on screen (every point of it is the host) but never inside it.
    expect(first).toMatchObject({ open: false, captured: 0 });
    expect(first.hostHits).toBeGreaterThan(10);
    // Again after moving the tab, in-page, to a search of the page's own choosing.
    await page.evaluate(() => history.pushState({}, '', '/s/tehran/buy-apartment?q=free+prize'));
    await page.waitForTimeout(1200); // the content script follows the URL within 500 ms
    await page.evaluate(PRESS_EVERYTHING);
    await page.waitForTimeout(1500);
    expect(await counts(page, sendMessage)).toEqual(before);
    const shadow = await ClosedShadow.of(page);
    expect(await shadow.text(TOOLBAR, '.status')).toBe('');

    // The user's own clicks: Watch, then Fetch all twice (one job; the second reopens it).
    await shadow.click(TOOLBAR, 'button[data-action=watch]');
    await expect.poll(() => shadow.text(TOOLBAR, '.status')).toContain('✓');
    await shadow.click(TOOLBAR, 'button[data-action=fetch-all]');
    await expect.poll(async () => (await counts(page, sendMessage)).jobs).toBe(1);
    const reopened = page.context().waitForEvent('page');
    await shadow.click(TOOLBAR, 'button[data-action=fetch-all]');
    await expect(await reopened).toHaveURL(/popup\.html\?tab=\d+/);
    await expect.poll(() => shadow.text(TOOLBAR, '.status')).toContain('پیشرفتش باز شد');
    expect(await counts(page, sendMessage)).toMatchObject({ watches: 1, jobs: 1 });
  });

  test('cannot read the marks on cards of posts the user fetched', async ({
    page,
    sendMessage,
    serviceWorker,
    saveScreenshot,
  }) => {
    await sendMessage({ type: 'startCrawl', url: SEARCH });
    await firstJobDone(sendMessage);
    await page.goto(SEARCH);
    const shadow = await ClosedShadow.of(page);
    const marks = async () => (await shadow.texts(BADGES, '.badge')).join();
    await expect.poll(marks, { timeout: 6000 }).toContain('✓ دریافت‌شده');
    await saveScreenshot('page-marks-fa', page);
    const fetched = await page
      .locator('a.unsafe-kt-post-card__action')
      .first()
      .evaluate((a) => a.getAttribute('href')?.split('/').pop() ?? '');
    await page.evaluate(PLANT_CARDS, fetched);
    const planted = () => shadow.texts('article[id^=planted] divar-actions-badge', '.badge');
    // The user sees the mark on the planted card of a post they fetched, none on the other.
    await expect.poll(async () => (await planted())[1], { timeout: 6000 }).toContain('✓ دریافت‌شده');
    expect((await planted())[0]).toBe('');
    const phrases = ['✓ دریافت‌شده', 'میلیون هر متر', 'گران‌تر از میانه', 'ارزان‌تر از میانه'];
    const seen = await page.evaluate(READ_EVERYTHING, phrases);
    for (const phrase of phrases) expect(seen.text).not.toContain(phrase);
    expect(seen.found).toEqual([]);
    const [markedLayout, unmarkedLayout] = seen.layout;
    expect(markedLayout).toBe(unmarkedLayout);

    // With the UI in English the marks speak English, just as unreadable to the page.
    await serviceWorker.evaluate(() =>
      (
        self as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }
      ).chrome.storage.sync.set({ 'lang:v1': 'en' }),
    );
    await page.goto(SEARCH);
    await expect.poll(marks, { timeout: 6000 }).toContain('✓ fetched');
    await saveScreenshot('page-marks-en', page);
    const english = await page.evaluate(READ_EVERYTHING, ['✓ fetched', 'per m²', 'median']);
    expect(english.text).not.toMatch(/✓ fetched|per m²|median/);
    expect(english.found).toEqual([]);
  });

  test('is not told the extension id when the content script starts', async ({
    page,
    extensionId,
  }) => {
    await page.addInitScript(() => {
      const heard: string[] = [];
      window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
      Object.assign(window, { heard });
    });
    await page.goto(SEARCH);
    await expect(page.locator(TOOLBAR)).toHaveCount(1);
    await page.evaluate(() => history.pushState({}, '', '/s/tehran/buy-apartment'));
    await page.waitForTimeout(1200);
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.join('\n')).not.toContain(extensionId);
    expect(heard.join('\n')).not.toContain('content-script-started');
  });
});

test('our own content script cannot read storage.local, where the Kenar secrets live', async ({
  page,
  extensionId,
  sendMessage,
}) => {
  await sendMessage({ type: 'kenarSaveSettings', apiKey: 'kenar-secret-key' });
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  await page.goto(SEARCH);
  await expect(page.locator(TOOLBAR)).toHaveCount(1);
  // The content script's isolated world, as DevTools lists it: our extension's origin.
  const world = worlds.findLast((w) => w.origin === `chrome-extension://${extensionId}`);
  expect(world).toBeDefined();
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: world?.id,
    awaitPromise: true,
    returnByValue: true,
    expression: `chrome.storage.local.get(null).then(
      (items) => 'read: ' + JSON.stringify(items),
      (error) => 'refused: ' + error.message,
    )`,
  });
  expect(String(result.value)).toMatch(/^refused: /);
  expect(String(result.value)).not.toContain('kenar-secret-key');
});
