import { expect, test } from './fixtures.ts';

declare const chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };

test('the options page changes the request rate and the contact cap, warning when they go high', async ({
  context,
  extensionId,
  serviceWorker,
  saveScreenshot,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const form = page.getByTestId('politeness');
  await form.locator('#rate').fill('2');
  await expect(form.getByRole('alert')).toContainText('آی‌پی');
  await form.locator('#contacts').fill('18');
  await expect(form.getByRole('alert')).toHaveCount(2);
  await page.getByTestId('politeness-save').click();
  await expect(form.getByRole('status')).toBeVisible();
  const stored = await serviceWorker.evaluate(() => chrome.storage.sync.get('politeness:v1'));
  expect(stored['politeness:v1']).toEqual({ ratePerSecond: 2, dailyContacts: 18 });
  await saveScreenshot('options', page);
});

test('"Clear all data" removes jobs, settings and watches after a second yes, revoking Kenar tokens first', async ({
  context,
  extensionId,
  sendMessage,
  serviceWorker,
  replica,
}) => {
  await sendMessage({ type: 'startCrawl', url: 'https://divar.ir/s/shiraz/jobs' });
  await sendMessage({ type: 'watchSearch', url: 'https://divar.ir/s/shiraz/jobs' });
  await sendMessage({
    type: 'kenarSaveSettings',
    appSlug: 'divar-actions-demo',
    clientSecret: 'demo-oauth-secret',
  });
  await serviceWorker.evaluate(() =>
    (
      self as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }
    ).chrome.storage.local.set({
      'kenar:tokens:v1': {
        accessToken: 'ory_at_x',
        refreshToken: 'ory_rt_kept',
        expiresAt: 0,
        scopes: [],
      },
    }),
  );
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByTestId('clear-ask').click();
  await page.getByTestId('clear-confirm').click();
  await expect(page.getByTestId('clear-done')).toBeVisible();
  await expect(page.getByTestId('revocation')).toHaveAttribute('data-revocation', 'revoked');
  const revoke = replica.log.entries().find((e) => e.path === '/oauth2/revoke');
  expect(new URLSearchParams(String(revoke?.body)).get('token')).toBe('ory_rt_kept');
  const jobs = await sendMessage<{ data: unknown[] }>({ type: 'listJobs' });
  expect(jobs.data).toEqual([]);
  const local = await serviceWorker.evaluate(() =>
    (
      self as unknown as { chrome: { storage: { local: { get(): Promise<object> } } } }
    ).chrome.storage.local.get(),
  );
  expect(local).toEqual({});
});

test('export defaults set in the options are what the results page and exports use', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByTestId('export-defaults').locator('#header-lang').selectOption('en');
  await expect
    .poll(async () => {
      const stored = await serviceWorker.evaluate(() =>
        (
          self as unknown as {
            chrome: {
              storage: {
                sync: { get(k: string): Promise<Record<string, { headerLang?: string }>> };
              };
            };
          }
        ).chrome.storage.sync.get('export:v1'),
      );
      return stored['export:v1']?.headerLang;
    })
    .toBe('en');
});
