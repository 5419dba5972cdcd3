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
  await expect(form.getByRole('alert')).toContainText('IP');
  await form.locator('#contacts').fill('18');
  await expect(form.getByRole('alert')).toHaveCount(2);
  await page.getByTestId('politeness-save').click();
  await expect(form.getByRole('status')).toBeVisible();
  const stored = await serviceWorker.evaluate(() => chrome.storage.sync.get('politeness:v1'));
  expect(stored['politeness:v1']).toEqual({ ratePerSecond: 2, dailyContacts: 18 });
  await saveScreenshot('options', page);
});
