import { createReplicaFetch } from '../replica/index.ts';
import { control } from '../replica/kenar/test-support.ts';
import { listingsWithGaps } from '../unit/portals/listings.ts';
import { expect, test } from './fixtures.ts';
import { PushDialogPage, sandboxPortal } from './pages/portal-pages.ts';
import { ResultsPage } from './pages/results-page.ts';
import type { Envelope, JobRow } from './support/envelope.ts';

declare const chrome: { storage: { sync: { set(items: object): Promise<void> } } };

type Send = <T>(message: unknown) => Promise<T>;
const ACCOUNT = { user: 'demo-agent', password: 'demo-json-password', environment: 'sandbox' };
const CHOICES = {
  regionByCity: { تهران: 105, شیراز: 4001 },
  currency: 'eur',
  tomanPerUnit: 100_000,
};
const HEARTBEAT_MS = 30_000;

interface PortalJob {
  status: string;
  items: { state: string; key: string }[];
  counts: { requests: number; badRequests: number; batches: number };
  resumeAt?: number;
  resumes?: number;
  error?: { kind: string };
}

const saveAccount = (send: Send) =>
  send({ type: 'portalSaveAccount', ...ACCOUNT, officeId: 7001, sellerId: 501 });
const jobOf = async (send: Send, jobId: string) =>
  (await send<Envelope<PortalJob>>({ type: 'portalJob', jobId })).data;
const countIn = (job: PortalJob, state: string) =>
  job.items.filter((i) => i.state === state).length;

test('options: a sandbox account, its host asked for on save, tested, with office and seller from the portal', async ({
  context,
  extensionId,
  replica,
  saveScreenshot,
}) => {
  await sandboxPortal(replica).reset();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const section = page.getByTestId('portal-settings');
  await expect(section.getByTestId('portal-env-sandbox')).toBeChecked();
  await section.getByTestId('portal-user').fill('demo-agent');
  await section.getByTestId('portal-password').fill('wrong-password');
  await section.getByTestId('portal-save').click();
  await expect(section.getByTestId('portal-saved')).toBeVisible();
  await section.getByTestId('portal-test').click();
  await expect(section.getByTestId('error')).toHaveAttribute('data-kind', 'portal-auth');
  await section.getByTestId('portal-password').fill('demo-json-password');
  await section.getByTestId('portal-save').click();
  await expect(section.getByTestId('portal-password')).toHaveValue('');
  await section.getByTestId('portal-test').click();
  await expect(section.getByTestId('portal-test-ok')).toContainText('۲ دفتر');
  await section.getByTestId('portal-office-select').selectOption('7001');
  await section.getByTestId('portal-seller-select').selectOption('502');
  await expect(section.getByTestId('portal-seller-select')).toHaveValue('502');
  await section.scrollIntoViewIfNeeded();
  await saveScreenshot('options-portals', section);
  await page.getByTestId('lang-toggle').click();
  await expect(section.getByTestId('portal-test')).toHaveText('Test connection');
  await saveScreenshot('options-portals-en', section);
});

/** Fetches the posts of these tokens (details of a token job) and returns the job's id. */
async function detailsJob(send: Send, tokens: string[]): Promise<string> {
  const started = await send<Envelope<JobRow>>({ type: 'startTokens', tokens, title: 'portal' });
  const details = async () =>
    (await send<Envelope<JobRow[]>>({ type: 'listJobs' })).data.find(
      (j) => j.id === started.data.id,
    )?.details;
  await expect.poll(async () => (await details())?.status, { timeout: 120_000 }).toBe('done');
  return started.data.id;
}

test('results: 250 listings, 19 invalid (10 lamps, 9 without a price), go in 3 batches; a re-run PUTs (no duplicate); a portal rule stops the run before the budget', async ({
  context,
  extensionId,
  replica,
  sendMessage,
  serviceWorker,
  saveScreenshot,
}) => {
  test.setTimeout(240_000);
  const portal = sandboxPortal(replica);
  await portal.reset();
  await serviceWorker.evaluate(() =>
    chrome.storage.sync.set({ 'politeness:v1': { ratePerSecond: 5, dailyContacts: 10 } }),
  );
  await saveAccount(sendMessage);
  const tehran = replica.corpus.listings.filter((l) => l.cityId === 1);
  const flats = tehran.filter((l) => l.category === 'apartment-sell').slice(0, 240);
  const lamps = tehran.filter((l) => l.category === 'light').slice(0, 10);
  const jobId = await detailsJob(
    sendMessage,
    [...flats, ...lamps].map((l) => l.token),
  );

  const results = await ResultsPage.open(context, extensionId, jobId);
  await expect(results.table).toHaveAttribute('data-rows', '250');
  await results.page.getByTestId('select-all').check();
  await expect(results.page.getByTestId('portal-selected')).toHaveText('۲۵۰ آگهی انتخاب شده');
  await results.page.getByTestId('portal-push-button').click();
  const dialog = new PushDialogPage(results.page);
  await dialog.region('تهران', 105);
  await dialog.currency('eur', '۱۰۰۰۰۰');
  await expect(dialog.root.getByTestId('portal-preview-note')).toHaveText(
    '۲۳۱ آگهی آماده، ۱۹ آگهی نیاز به تکمیل دارد.',
  );
  const toFill = dialog.root.locator('[data-testid="portal-preview-row"][data-ready="false"]');
  await expect(toFill.filter({ hasText: 'نوع ملک (این دسته در درگاه نیست)' })).toHaveCount(10);
  await expect(toFill.filter({ hasText: 'قیمت (قیمت ندارد)' })).toHaveCount(9);
  await dialog.root.getByTestId('portal-dry-run-button').click();
  await expect(dialog.root.getByTestId('portal-dry-batch')).toHaveCount(3);
  await expect(dialog.root.getByTestId('portal-dry-batch').first()).toContainText(
    '"method": "POST"',
  );
  await saveScreenshot('portal-preview', dialog.root);
  expect(portal.batchItems()).toHaveLength(0); // a dry run sends nothing

  replica.log.clear();
  await dialog.root.getByTestId('portal-send').click();
  await expect(dialog.root.getByTestId('portal-progress')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });
  await expect(dialog.inState('synced')).toHaveCount(231);
  await expect(dialog.inState('invalid')).toHaveCount(19);
  await expect(dialog.root.getByTestId('portal-counts')).toHaveText(
    'درخواست‌ها: ۴، درخواست‌های نادرست: ۰، دسته‌ها: ۳',
  );
  const batches = portal.calls().filter((e) => e.path.endsWith('/batch'));
  expect(batches.map((e) => (e.body as unknown[]).length)).toEqual([90, 90, 51]);
  expect(portal.calls().map((e) => `${e.method} ${e.path}`)).toEqual([
    'GET /api/json/v3/property',
    ...Array(3).fill('POST /api/json/v3/batch'),
  ]);
  await saveScreenshot('portal-outcomes', dialog.root);

  // The same selection again: every listing exists, so each is modified in place.
  replica.log.clear();
  await dialog.root.getByTestId('portal-close').click();
  await results.page.getByTestId('portal-push-button').click();
  await dialog.root.getByTestId('portal-send').click();
  await expect(dialog.root.getByTestId('portal-progress')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });
  await expect(dialog.inState('synced')).toHaveCount(231);
  expect(new Set(portal.batchItems().map((i) => i.method))).toEqual(new Set(['PUT']));
  const state = await portal.state();
  expect(state.properties).toHaveLength(231);
  expect(state.properties.every((p) => p.puts === 1)).toBe(true);

  // A rule the public page does not tell (a price cap): refusals pile up, the run stops well short.
  await portal.rules({ maxPrice: 1 });
  await dialog.root.getByTestId('portal-close').click();
  await results.page.getByTestId('portal-push-button').click();
  await dialog.root.getByTestId('portal-send').click();
  await expect(dialog.root.getByTestId('portal-progress')).toHaveAttribute(
    'data-status',
    'paused',
    { timeout: 30_000 },
  );
  await expect(dialog.root.getByTestId('error')).toHaveAttribute('data-kind', 'portal-budget');
  await expect(dialog.root.getByTestId('portal-budget')).toHaveAttribute('data-left', '0');
  await expect(dialog.root.getByTestId('portal-resume-at')).toContainText('ارسال از ساعت');
  await expect(dialog.inState('rejected').first()).toContainText('کد خطای ۲:');
  expect((await portal.state()).badInHour).toBe(90);
  await saveScreenshot('portal-budget-stop', dialog.root);
  // The modal dialog covers the header: the language is switched without pointing at it.
  await results.page.getByTestId('lang-toggle').dispatchEvent('click');
  await expect(dialog.root.getByTestId('portal-resume-at')).toContainText('Sending can resume at');
  await saveScreenshot('portal-budget-stop-en', dialog.root);
});

test('the portal’s error 12 stops a push and says when sending can resume', async ({
  replica,
  sendMessage,
}) => {
  const portal = sandboxPortal(replica);
  await portal.reset();
  await portal.spend(100);
  await saveAccount(sendMessage);
  const started = await sendMessage<Envelope<{ id: string }>>({
    type: 'portalPush',
    listings: listingsWithGaps(5, 100),
    choices: CHOICES,
  });
  await expect.poll(async () => (await jobOf(sendMessage, started.data.id)).status).toBe('paused');
  const job = await jobOf(sendMessage, started.data.id);
  expect(job.error?.kind).toBe('portal-budget');
  expect(job.resumeAt).toBeGreaterThan(Date.now() + 59 * 60_000);
  expect(portal.batchItems()).toHaveLength(0);
});

test('a push resumes by itself after a real service-worker stop, sending nothing twice', async ({
  replica,
  sendMessage,
  stopServiceWorker,
}) => {
  test.setTimeout(180_000);
  const portal = sandboxPortal(replica);
  await portal.reset();
  await saveAccount(sendMessage);
  replica.faults.set({ latencyMs: 2_000, pathIncludes: '/api/json/v3/batch' });
  replica.log.clear();
  const started = await sendMessage<Envelope<{ id: string }>>({
    type: 'portalPush',
    listings: listingsWithGaps(250, 25),
    choices: CHOICES,
  });
  const answered = () =>
    portal.calls().filter((e) => e.path.endsWith('/batch') && e.status === 207).length;
  await expect.poll(answered, { timeout: 20_000 }).toBe(1);
  await stopServiceWorker();
  // Nothing of ours wakes the worker: the heartbeat alarm does, and the push goes on.
  await expect
    .poll(async () => (await portal.state()).properties.length, {
      timeout: 3 * HEARTBEAT_MS,
      intervals: [1000],
    })
    .toBe(240);
  replica.faults.reset();
  await expect.poll(async () => (await jobOf(sendMessage, started.data.id)).status).toBe('done');
  const job = await jobOf(sendMessage, started.data.id);
  expect(countIn(job, 'synced')).toBe(240);
  expect(job.resumes).toBeGreaterThanOrEqual(1);
  const posts = new Map<string, number>();
  for (const item of portal.batchItems())
    if (item.method === 'POST')
      posts.set(item.body.id.transfer_id, (posts.get(item.body.id.transfer_id) ?? 0) + 1);
  expect(posts.size).toBe(240);
  expect([...posts.values()].every((n) => n === 1)).toBe(true);
});

test('My posts: the agent’s own posts, chosen, go to the portal', async ({
  page,
  replica,
  openPopup,
  sendMessage,
  saveScreenshot,
}) => {
  test.setTimeout(60_000);
  const portal = sandboxPortal(replica);
  await portal.reset();
  const fetch = createReplicaFetch(replica);
  const kenar = await control(fetch, 'reset');
  await control(fetch, 'apps', { slug: 'divar-actions-demo', consent: 'auto' });
  await sendMessage({
    type: 'kenarSaveSettings',
    apiKey: 'demo-kenar-api-key',
    appSlug: 'divar-actions-demo',
    clientSecret: 'demo-oauth-secret',
  });
  expect(
    await sendMessage<Envelope<{ connected: boolean }>>({ type: 'kenarConnect' }),
  ).toMatchObject({
    data: { connected: true },
  });
  await saveAccount(sendMessage);
  await page.goto('https://divar.ir/s/tehran');
  const popup = await openPopup(page);
  const posts = popup.page.getByTestId('kenar-my-posts');
  await posts.locator('summary').click();
  await expect(posts.getByTestId('my-post')).toHaveCount(kenar.posts.length);
  await posts.getByTestId('my-post-select').nth(0).check();
  await posts.getByTestId('my-post-select').nth(1).check();
  await expect(posts.getByTestId('portal-selected')).toHaveText('۲ آگهی انتخاب شده');
  await posts.getByTestId('portal-push-button').click();
  const dialog = new PushDialogPage(popup.page);
  await dialog.region('تهران', 113);
  await dialog.currency('huf', '۲۵۰');
  await expect(dialog.root.getByTestId('portal-preview-note')).toHaveText(
    '۲ آگهی آماده، ۰ آگهی نیاز به تکمیل دارد.',
  );
  await dialog.root.getByTestId('portal-send').click();
  await expect(dialog.inState('synced')).toHaveCount(2, { timeout: 20_000 });
  const sent = portal.batchItems();
  expect(sent.map((i) => i.method)).toEqual(['POST', 'POST']);
  expect(sent.map((i) => i.body.id.transfer_id).sort()).toEqual(
    kenar.posts
      .slice(0, 2)
      .map((p: { token: string }) => `dv-${p.token}`)
      .sort(),
  );
  await saveScreenshot('portal-my-posts', dialog.root);
});
