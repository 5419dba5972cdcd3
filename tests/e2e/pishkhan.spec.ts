import { createReplicaFetch } from '../replica/index.ts';
import { DEMO_PISHKHAN_APP } from '../replica/pishkhan/state.ts';
import { pishkhanControl } from '../replica/pishkhan/test-support.ts';
import { expect, test } from './fixtures.ts';
import {
  allowPishkhanHost,
  apkFile,
  BazaarOptions,
  PISHKHAN_PATTERN,
} from './pages/bazaar-pages.ts';

const PKG = DEMO_PISHKHAN_APP.packageName;
const TOKEN = DEMO_PISHKHAN_APP.token;

declare const chrome: {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  storage: { local: { get(key: null): Promise<Record<string, unknown>> } };
};

const pishkhanCalls = (entries: { host: string; method: string; path: string }[]) =>
  entries
    .filter((e) => e.host === 'api.pishkhan.cafebazaar.ir')
    .map((e) => `${e.method} ${e.path}`);

test.describe('Bazaar releases (Pishkhan) from the options page', () => {
  test.beforeEach(async ({ replica }) => {
    await pishkhanControl(createReplicaFetch(replica), 'reset');
  });

  test('asks for the host only when the panel is opened; add an app, test its token, see the status', async ({
    context,
    extensionId,
    replica,
    saveScreenshot,
  }) => {
    const options = await BazaarOptions.open(context, extensionId);
    const page = options.page;
    expect(
      await page.evaluate((o) => chrome.permissions.contains({ origins: [o] }), PISHKHAN_PATTERN),
    ).toBe(false);
    await expect(options.open).toBeVisible();
    await allowPishkhanHost(context, extensionId);
    await options.open.click();
    await expect(options.section).toHaveAttribute('data-panel', 'open');
    expect(
      await page.evaluate((o) => chrome.permissions.contains({ origins: [o] }), PISHKHAN_PATTERN),
    ).toBe(true);

    await options.addApp(PKG, TOKEN);
    const card = options.app(PKG);
    await expect(card.getByTestId('bazaar-token-hint')).toContainText('…oken');
    await expect(page.getByTestId('bazaar-token')).toHaveValue('');
    await card.getByTestId('bazaar-test').click();
    await expect(card.getByTestId('bazaar-token-ok')).toContainText('۴۱');
    await expect(card.getByTestId('status-published')).toContainText('4.1.0');
    await expect(card.getByTestId('status-published')).toContainText('کد ۴۱');
    await expect(card.getByTestId('status-draft')).toHaveAttribute('data-exists', 'false');
    // The token is in storage.local only, and nowhere on the page.
    const stored = await page.evaluate(() => chrome.storage.local.get(null));
    expect(JSON.stringify(stored)).toContain(TOKEN);
    expect(await page.content()).not.toContain(TOKEN);
    const logged = replica.log.entries().filter((e) => e.host === 'api.pishkhan.cafebazaar.ir');
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.every((e) => e.headers['cafebazaar-pishkhan-api-secret'] === '[redacted]')).toBe(
      true,
    );
    await saveScreenshot('options-bazaar', options.section);
    await page.getByTestId('lang-toggle').click();
    await expect(card.getByTestId('status-published')).toContainText('code 41');
    await saveScreenshot('options-bazaar-en', options.section);
  });

  test('create a draft, upload two APKs with their architectures, refuse bad input, commit with changelogs at 10%', async ({
    context,
    extensionId,
    replica,
    saveScreenshot,
  }) => {
    test.setTimeout(60_000);
    const options = await BazaarOptions.open(context, extensionId);
    await allowPishkhanHost(context, extensionId);
    await options.open.click();
    await options.addApp(PKG, TOKEN);
    const card = options.app(PKG);
    const wizard = options.wizard(PKG);
    await card.getByTestId('bazaar-new-release').click();
    await expect(wizard).toHaveAttribute('data-step', 'no-draft');
    await wizard.getByTestId('wizard-create').click();
    await expect(wizard).toHaveAttribute('data-step', 'files');
    await expect(card.getByTestId('status-draft')).toHaveAttribute('data-exists', 'true');
    await expect(wizard.getByTestId('wizard-last-published')).toContainText('۴۱');

    await wizard.getByTestId('wizard-choose').setInputFiles([
      apkFile('app-armeabi-v7a-release.apk', PKG, 42),
      apkFile('app-arm64-v8a-release.apk', PKG, 43),
      apkFile('old.apk', PKG, 41),
      {
        name: 'notes.apk',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('not a zip at all'),
      },
    ]);
    const v7a = options.file(PKG, 'app-armeabi-v7a-release.apk');
    const v8a = options.file(PKG, 'app-arm64-v8a-release.apk');
    await expect(v7a).toHaveAttribute('data-status', 'ready');
    await expect(v7a.getByTestId('wizard-file-arch')).toHaveValue('armeabi-v7a');
    await expect(v8a.getByTestId('wizard-file-arch')).toHaveValue('arm64-v8a');
    await expect(options.file(PKG, 'old.apk').getByTestId('wizard-file-problem')).toContainText(
      '۴۱',
    );
    await expect(options.file(PKG, 'notes.apk').getByTestId('error')).toHaveAttribute(
      'data-kind',
      'pishkhan-not-apk',
    );
    await saveScreenshot('options-bazaar-files', wizard);
    await options.file(PKG, 'old.apk').getByRole('button').last().click();
    await options.file(PKG, 'notes.apk').getByRole('button').last().click();

    await pishkhanControl(createReplicaFetch(replica), 'settings', { uploadDelayMs: 700 });
    await wizard.getByTestId('wizard-upload-all').click();
    await expect(v7a.getByTestId('wizard-file-progress')).toBeVisible();
    await expect(v7a).toHaveAttribute('data-status', 'uploaded', { timeout: 10_000 });
    await expect(v8a).toHaveAttribute('data-status', 'uploaded', { timeout: 10_000 });
    await wizard.getByTestId('wizard-to-review').click();

    // Nothing is sent while the form is wrong: empty changelogs, a rollout outside 1-100.
    await wizard.getByTestId('review-rollout').fill('150');
    await wizard.getByTestId('review-send').click();
    await expect(wizard.getByTestId('review-problem-changelogFa')).toBeVisible();
    await expect(wizard.getByTestId('review-problem-rollout')).toBeVisible();
    await wizard.getByTestId('review-changelogFa').fill('پشتیبانی از آگهی‌های ذخیره‌شده');
    await wizard.getByTestId('review-changelogEn').fill('Saved posts are supported');
    await wizard.getByTestId('review-developerNote').fill('Test account: demo / demo');
    await wizard.getByTestId('review-rollout').fill('۱۰');
    await wizard.getByTestId('review-send').click();
    await expect(wizard.getByTestId('review-confirm')).toContainText('۱۰٪');
    await saveScreenshot('options-bazaar-review', wizard);
    expect(pishkhanCalls(replica.log.entries()).some((c) => c.includes('/commit'))).toBe(false);
    await wizard.getByTestId('review-confirm-yes').click();
    await expect(wizard.getByTestId('wizard-bazaar-answer')).toContainText(
      'Release successfully committed.',
    );
    await saveScreenshot('options-bazaar-done', wizard);

    const commit = replica.log.entries().find((e) => e.path.startsWith('/v1/apps/releases/commit'));
    expect(commit?.body).toEqual({
      changelog_fa: 'پشتیبانی از آگهی‌های ذخیره‌شده',
      changelog_en: 'Saved posts are supported',
      developer_note: 'Test account: demo / demo',
      staged_rollout_percentage: 10,
      auto_publish: false,
    });
    const uploads = replica.log
      .entries()
      .filter((e) => e.path.startsWith('/v1/apps/releases/upload'));
    expect(
      uploads.map((e) => String(e.body).match(/name="architecture"\r\n\r\n([\w-]+)/)?.[1]),
    ).toEqual(['armeabi-v7a', 'arm64-v8a']);
    await expect(card.getByTestId('status-committed')).toContainText('۱۰٪');
    await expect(card.getByTestId('status-draft')).toHaveAttribute('data-exists', 'false');
  });
});
