import { expect, test } from './fixtures.ts';

declare const chrome: {
  contextMenus: { update(id: string, props: object): Promise<void> };
  tabs: { create(props: { url: string }): Promise<{ id?: number }> };
};

interface Envelope {
  ok: boolean;
  data?: unknown;
  error?: { kind: string; message: string };
}

test.describe('foundation', () => {
  test('in-page navigation updates what the popup says', async ({ page, openPopup }) => {
    await page.goto('https://divar.ir/s/tehran/buy-apartment');
    const firstCard = page.locator('a.unsafe-kt-post-card__action').first();
    const href = await firstCard.getAttribute('href');
    const token = href?.split('/').pop();
    await firstCard.click();
    await expect(page).toHaveURL(/\/v\//);
    // The replica navigates like divar.ir: pushState, no new document.
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    await expect
      .poll(async () => {
        const popup = await openPopup(page);
        const kind = await popup.kind();
        await popup.close();
        return kind;
      })
      .toBe('post');
    const popup = await openPopup(page);
    await expect(popup.postToken).toHaveText(token ?? '');
  });

  test('the "Copy post token" menu item exists and its handler copies the token', async ({
    context,
    page,
    serviceWorker,
    tabIdOf,
  }) => {
    await page.goto('https://divar.ir/s/tehran/buy-apartment');
    const tabId = await tabIdOf(page);
    // The menus are made when the extension is installed, asynchronously: wait until they are.
    await expect(async () => {
      await serviceWorker.evaluate(() => chrome.contextMenus.update('copy-post-token', {}));
    }).toPass({ timeout: 5_000 });
    await expect(
      serviceWorker.evaluate(() => chrome.contextMenus.update('no-such-item', {})),
    ).rejects.toThrow();
    const result = await serviceWorker.evaluate(
      ({ tab }) =>
        (
          self as unknown as {
            divarActionsTest: { clickMenu(info: object, tabId?: number): Promise<unknown> };
          }
        ).divarActionsTest.clickMenu(
          { menuItemId: 'copy-post-token', linkUrl: 'https://divar.ir/v/%D8%A2%D9%BE/gammaxvi' },
          tab,
        ),
      { tab: tabId },
    );
    expect(result).toEqual({ ok: true, text: 'gammaxvi' });
    // Read the system clipboard back from the divar.ir page (extension origins cannot be granted).
    await context.grantPermissions(['clipboard-read'], { origin: 'https://divar.ir' });
    await page.bringToFront();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('gammaxvi');
  });

  test('after the service worker is stopped for real, the popup still works', async ({
    page,
    openPopup,
    stopServiceWorker,
    sendMessage,
  }) => {
    await page.goto('https://divar.ir/v/-/gammaxvi');
    const before = await sendMessage<Envelope>({ type: 'ping' });
    await stopServiceWorker();
    const popup = await openPopup(page);
    await expect(popup.pageKind).toHaveAttribute('data-kind', 'post');
    await expect(popup.postToken).toHaveText('gammaxvi');
    const after = await sendMessage<Envelope>({ type: 'ping' });
    expect((after.data as { startedAt: number }).startedAt).toBeGreaterThan(
      (before.data as { startedAt: number }).startedAt,
    );
  });

  test('malformed and unknown messages get typed errors', async ({ sendMessage }) => {
    expect(await sendMessage<Envelope>({ type: 'getTabPage', tabId: 'x' })).toMatchObject({
      ok: false,
      error: { kind: 'bad-message' },
    });
    expect(await sendMessage<Envelope>({ type: 'deleteEverything' })).toMatchObject({
      ok: false,
      error: { kind: 'unknown-message' },
    });
    expect(await sendMessage<Envelope>({ nothing: true })).toMatchObject({
      ok: false,
      error: { kind: 'bad-message' },
    });
  });

  test('a pasted URL that is not a divar post or search gets a clear message in both languages', async ({
    serviceWorker,
    openPopup,
  }) => {
    const blankTab = await serviceWorker.evaluate(
      async () => (await chrome.tabs.create({ url: 'about:blank' })).id,
    );
    const popup = await openPopup(blankTab ?? -1);
    await expect(popup.pageKind).toHaveAttribute('data-kind', 'none');
    await popup.urlInput.fill('https://example.com/v/gammaxvi');
    await expect(popup.error).toHaveAttribute('data-kind', 'not-divar-url');
    await expect(popup.error).toContainText('لینک آگهی یا جستجوی دیوار نیست');
    await popup.langToggle.click();
    await expect(popup.error).toContainText('not a divar.ir post or search URL');
    await expect(popup.page.locator('html')).toHaveAttribute('dir', 'ltr');
    await popup.urlInput.fill('https://divar.ir/v/some-slug/gammaxvi?ref=ios');
    await expect(popup.urlResult).toHaveAttribute('data-state', 'ok');
    await expect(popup.postToken).toHaveText('gammaxvi');
  });
});
