import { makeApk } from '../fixtures/pishkhan/make-apk.ts';
import { createReplicaFetch } from '../replica/index.ts';
import { DEMO_PISHKHAN_APP } from '../replica/pishkhan/state.ts';
import { pishkhanControl, replicaPishkhanClient } from '../replica/pishkhan/test-support.ts';
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
    const options = await BazaarOptions.withApp(context, extensionId, PKG, TOKEN);
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

  test('continue an existing draft: its packages are kept and another is added', async ({
    context,
    extensionId,
    replica,
    saveScreenshot,
  }) => {
    const client = replicaPishkhanClient(createReplicaFetch(replica));
    await client.create();
    const first = makeApk({ packageName: PKG, versionCode: 42, versionName: '4.2.0' });
    await client.upload(new Blob([new Uint8Array(first)]), 'ci-build.apk', 'arm64-v8a');
    const options = await BazaarOptions.withApp(context, extensionId, PKG, TOKEN);
    const wizard = options.wizard(PKG);
    await options.app(PKG).getByTestId('bazaar-new-release').click();
    await expect(wizard).toHaveAttribute('data-step', 'found-draft');
    await expect(wizard.getByTestId('wizard-found-draft')).toContainText('۱ بسته');
    // Discarding asks first; cancelling keeps the draft.
    await wizard.getByTestId('wizard-discard').click();
    await wizard.getByTestId('wizard-confirm-discard-no').click();
    await wizard.getByTestId('wizard-continue').click();
    await expect(wizard.getByTestId('wizard-draft')).toContainText('arm64-v8a');
    await wizard
      .getByTestId('wizard-choose')
      .setInputFiles([apkFile('app-armeabi-v7a.apk', PKG, 43)]);
    const file = options.file(PKG, 'app-armeabi-v7a.apk');
    await file.getByTestId('wizard-file-upload').click();
    await expect(file).toHaveAttribute('data-status', 'uploaded');
    await expect(wizard.getByTestId('wizard-draft').getByTestId('bazaar-package')).toHaveCount(2);
    await wizard.getByTestId('wizard-to-review').click();
    await expect(wizard).toHaveAttribute('data-step', 'review');
    // The same wizard in English keeps its state.
    await options.page.getByTestId('lang-toggle').click();
    await expect(wizard.getByTestId('review-draft')).toContainText('code 43, armeabi-v7a');
    await saveScreenshot('options-bazaar-review-en', wizard);
    const draft = (await client.lastUncommitted()).release;
    expect(draft?.packages?.map((p) => [p.version_code, p.cpu_architectures])).toEqual([
      [42, ['arm64-v8a']],
      [43, ['armeabi-v7a']],
    ]);
    expect(
      pishkhanCalls(replica.log.entries()).filter((c) => c === 'DELETE /v1/apps/releases/'),
    ).toEqual([]);
  });

  test('a cut upload is compared with the re-read draft, never retried blindly; the draft it made is discarded', async ({
    context,
    extensionId,
    replica,
    saveScreenshot,
  }) => {
    const fetch = createReplicaFetch(replica);
    const options = await BazaarOptions.withApp(context, extensionId, PKG, TOKEN);
    const wizard = options.wizard(PKG);
    await options.app(PKG).getByTestId('bazaar-new-release').click();
    await wizard.getByTestId('wizard-create').click();
    await wizard
      .getByTestId('wizard-choose')
      .setInputFiles([apkFile('kept.apk', PKG, 42), apkFile('lost.apk', PKG, 43)]);
    const kept = options.file(PKG, 'kept.apk');
    const lost = options.file(PKG, 'lost.apk');
    await expect(lost).toHaveAttribute('data-status', 'ready');
    // Bazaar stores the first package but the answer is cut: its sha1 in the draft says it landed.
    await pishkhanControl(fetch, 'settings', { keepOnCut: true });
    replica.faults.set({ cutConnection: 1, pathIncludes: '/upload' });
    await kept.getByTestId('wizard-file-upload').click();
    await expect(kept).toHaveAttribute('data-status', 'uploaded');
    // The second is cut before Bazaar keeps it: the re-read draft does not have it.
    await pishkhanControl(fetch, 'settings', { keepOnCut: false });
    replica.faults.set({ cutConnection: 1, pathIncludes: '/upload' });
    await lost.getByTestId('wizard-file-upload').click();
    await expect(lost).toHaveAttribute('data-status', 'failed');
    await expect(lost.getByTestId('error')).toHaveAttribute('data-kind', 'pishkhan-network');
    await saveScreenshot('options-bazaar-cut', wizard);
    const calls = pishkhanCalls(replica.log.entries());
    const uploads = calls.filter((c) => c.startsWith('POST /v1/apps/releases/upload'));
    expect(uploads).toHaveLength(2);
    // After each cut upload the very next call reads the draft back.
    for (const [i, call] of calls.entries())
      if (call.startsWith('POST /v1/apps/releases/upload'))
        expect(calls[i + 1]).toMatch(/last-uncommitted/);

    await wizard.getByTestId('wizard-give-up').click();
    await expect(wizard.getByTestId('wizard-confirm-discard')).toBeVisible();
    await wizard.getByTestId('wizard-confirm-discard-yes').click();
    await expect(wizard).toHaveAttribute('data-step', 'no-draft');
    expect((await replicaPishkhanClient(fetch).lastUncommitted()).release).toBeNull();
    await expect(options.app(PKG).getByTestId('status-draft')).toHaveAttribute(
      'data-exists',
      'false',
    );
  });

  test('a wrong token and a 429 storm each show their message, in Bazaar’s words', async ({
    context,
    extensionId,
    replica,
    saveScreenshot,
  }) => {
    const options = await BazaarOptions.withApp(
      context,
      extensionId,
      'ir.example.wrong',
      'not-a-real-token',
    );
    const wrong = options.app('ir.example.wrong');
    await wrong.getByTestId('bazaar-test').click();
    const refused = wrong
      .locator('[data-testid="bazaar-error"][data-kind="pishkhan-forbidden"]')
      .first();
    await expect(refused).toBeVisible();
    await expect(refused.getByTestId('bazaar-said')).toContainText(
      'You do not have permission to perform this action.',
    );
    await saveScreenshot('options-bazaar-forbidden', wrong);

    await options.addApp(PKG, TOKEN);
    const card = options.app(PKG);
    await expect(card.getByTestId('status-published')).toBeVisible();
    replica.faults.set({ rateLimit: { burst: 100 }, pathIncludes: '/v1/apps/releases' });
    await card.getByTestId('bazaar-test').click();
    const wait = card.getByTestId('bazaar-wait');
    await expect(wait).toContainText('Too many requests');
    await expect(wait).toContainText('تلاش ۱ از ۵');
    await saveScreenshot('options-bazaar-429', card);
    await wait.getByRole('button').click();
    const limited = card.locator('[data-testid="bazaar-error"][data-kind="pishkhan-rate-limit"]');
    await expect(limited).toBeVisible();
    await expect(limited.getByTestId('bazaar-said')).toContainText('Too many requests');
    const tries = replica.log.entries().filter((e) => e.status === 429);
    expect(tries.length).toBeGreaterThanOrEqual(1);
    expect(tries.length).toBeLessThanOrEqual(2);
  });
});
