import type { Page } from '@playwright/test';
import { DEMO_BOT } from '../replica/alerts/state.ts';
import { alertsControl } from '../replica/alerts/test-support.ts';
import { createReplicaFetch } from '../replica/index.ts';
import { expect, test } from './fixtures.ts';
import { expectAccessible } from './support/axe.ts';
import { fireWatchAlarm } from './support/watch.ts';

declare const chrome: {
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
};

const SEARCH = 'https://divar.ir/s/tehran/buy-apartment';
const HOOK = 'https://hooks.alerts.test/divar/news';

/** Adds a destination through the popup's «Send to phone» form. */
async function addTarget(
  popup: Page,
  target:
    | { kind: 'telegram' | 'bale'; token: string; chatId: string }
    | { kind: 'webhook'; url: string },
) {
  const form = popup.getByTestId('alert-form');
  await form.getByTestId('alert-kind').selectOption(target.kind);
  if (target.kind === 'webhook') await form.getByTestId('alert-url').fill(target.url);
  else {
    await form.getByTestId('alert-token').fill(target.token);
    await form.getByTestId('alert-chat').fill(target.chatId);
  }
  const before = await popup.getByTestId('alert-target').count();
  await form.getByTestId('alert-add').click();
  await expect(popup.getByTestId('alert-target')).toHaveCount(before + 1);
}

test.describe('alerts to a phone', () => {
  test.afterEach(({ replica }) => replica.mutate.reset());

  test('a watch sends its news to Telegram, Bale and a webhook; a failing target shows why and a retry delivers', async ({
    page,
    replica,
    openPopup,
    serviceWorker,
    stopServiceWorker,
    wakeServiceWorker,
    saveScreenshot,
  }) => {
    const control = alertsControl(createReplicaFetch(replica));
    await control.reset();
    await page.goto(SEARCH);
    const popup = await openPopup(page);
    await popup.page.getByTestId('watch-add').click();
    const item = popup.page.getByTestId('watch-item');
    await expect(item).toHaveAttribute('data-status', 'active', { timeout: 15_000 });
    const watchId = (await item.getAttribute('data-id')) ?? '';

    await item.getByTestId('watch-alerts').click();
    const panel = item.getByTestId('alerts');
    await expect(panel).toBeVisible();
    await addTarget(popup.page, {
      kind: 'telegram',
      token: DEMO_BOT.token,
      chatId: DEMO_BOT.chatId,
    });
    await addTarget(popup.page, { kind: 'bale', token: DEMO_BOT.token, chatId: DEMO_BOT.chatId });
    await addTarget(popup.page, { kind: 'webhook', url: HOOK });

    // The Test button reaches the chat at once.
    const telegram = panel.locator('[data-testid="alert-target"][data-kind="telegram"]');
    await telegram.getByTestId('alert-test').click();
    await expect(telegram.getByTestId('alert-test-ok')).toBeVisible();
    let received = (await control.state()).received;
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ host: 'api.telegram.org', chatId: DEMO_BOT.chatId });
    expect(JSON.stringify(received[0]?.body)).toContain('پیام آزمایشی');

    // A new listing: one check, one message to each destination, with its link and price.
    const first = replica.mutate.addListing({
      category: 'apartment-sell',
      cityId: 1,
      price: 9_500_000_000,
    });
    await fireWatchAlarm(serviceWorker, watchId);
    await expect.poll(async () => (await control.state()).received.length).toBe(4);
    received = (await control.state()).received.slice(1);
    expect(received.map((r) => r.host).sort()).toEqual([
      'api.telegram.org',
      'hooks.alerts.test',
      'tapi.bale.ai',
    ]);
    const hook = received.find((r) => r.host === 'hooks.alerts.test');
    expect(hook).toMatchObject({
      path: '/divar/news',
      body: { version: 1, watch: { id: watchId } },
    });
    const bale = received.find((r) => r.host === 'tapi.bale.ai')?.body as { text: string };
    expect(bale.text).toContain(`https://divar.ir/v/${first.token}`);
    expect(bale.text).toContain('۹٬۵۰۰٬۰۰۰٬۰۰۰ تومان');
    await expect(panel.locator('[data-testid="alert-target"][data-state="ok"]')).toHaveCount(3);
    await saveScreenshot('popup-alerts', panel);

    // Now the webhook answers 500 and the chat has blocked the bot: nothing is lost.
    await control.fail({ host: 'hooks.alerts.test', status: 500, times: 1 });
    await control.chat(DEMO_BOT.chatId, 'blocked');
    const second = replica.mutate.addListing({
      category: 'apartment-sell',
      cityId: 1,
      price: 8_000_000_000,
    });
    await fireWatchAlarm(serviceWorker, watchId);
    const failedHook = panel.locator('[data-testid="alert-target"][data-kind="webhook"]');
    await expect(failedHook).toHaveAttribute('data-state', 'failed');
    await expect(failedHook.getByTestId('alert-failed')).toContainText(
      'ارسال به وب‌هوک ناموفق بود؛ تلاش دوباره ساعت',
    );
    await expect(failedHook.getByTestId('error')).toHaveAttribute(
      'data-kind',
      'alert-webhook-server',
    );
    await expect(telegram.getByTestId('error')).toHaveAttribute('data-kind', 'alert-chat');
    expect(await serviceWorker.evaluate(() => chrome.alarms.get('alerts:outbox'))).toBeTruthy();
    await saveScreenshot('popup-alerts-failed', panel);
    await expectAccessible(popup.page, 'the popup with failing alert destinations');
    // With the panel closed, the watch's own status still says it.
    await item.getByTestId('watch-alerts').click();
    const status = item.getByTestId('watch-alert-failed');
    await expect(status).toHaveCount(3);
    await expect(status.first()).toContainText('ناموفق بود؛ تلاش دوباره ساعت');
    await saveScreenshot('popup-watch-alert-failed', popup.page.getByTestId('watch'));
    await item.getByTestId('watch-alerts').click();
    await expect(status).toHaveCount(0);
    await popup.page.getByTestId('lang-toggle').click();
    await expect(failedHook.getByTestId('alert-failed')).toContainText(
      'Sending to the webhook failed; trying again at',
    );
    await saveScreenshot('popup-alerts-failed-en', panel);
    await popup.page.getByTestId('lang-toggle').click();

    // The outbox survives a real worker stop; once the chat is unblocked, a retry delivers.
    await stopServiceWorker();
    await wakeServiceWorker();
    await control.chat(DEMO_BOT.chatId, 'ok');
    const failed = panel.locator('[data-testid="alert-target"][data-state="failed"]');
    await expect(failed).toHaveCount(3);
    for (const kind of ['telegram', 'bale', 'webhook']) {
      const row = panel.locator(`[data-testid="alert-target"][data-kind="${kind}"]`);
      await row.getByTestId('alert-retry').click();
      await expect(row).toHaveAttribute('data-state', 'ok');
    }
    const delivered = (await control.state()).received
      .filter((r) => JSON.stringify(r.body).includes(second.token))
      .map((r) => r.host)
      .sort();
    expect(delivered).toEqual(['api.telegram.org', 'hooks.alerts.test', 'tapi.bale.ai']);

    // A token of the right shape that is not the bot's: the Test button says so, and how to fix it.
    await addTarget(popup.page, {
      kind: 'telegram',
      token: '5550001111:AAWrongTokenWrongTokenWrong_00',
      chatId: DEMO_BOT.chatId,
    });
    const wrong = panel.locator('[data-testid="alert-target"]').last();
    await wrong.getByTestId('alert-test').click();
    await expect(wrong.getByTestId('error')).toHaveAttribute('data-kind', 'alert-bad-token');
    await saveScreenshot('popup-alerts-bad-token', panel);
    await wrong.getByTestId('alert-remove').click();
    await expect(panel.getByTestId('alert-target')).toHaveCount(3);
    await expect(panel.getByTestId('error')).toHaveCount(0);
  });
});
