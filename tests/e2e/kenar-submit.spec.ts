import type { BrowserContext } from '@playwright/test';
import { createReplicaFetch, type Replica } from '../replica/index.ts';
import { DEMO_APP } from '../replica/kenar/state.ts';
import { control } from '../replica/kenar/test-support.ts';
import { expect, test } from './fixtures.ts';
import { approveNextConsent, KenarPanel } from './pages/kenar-pages.ts';
import { KenarPostingPage } from './pages/kenar-posting-pages.ts';
import { drawPhotos, dropFiles } from './support/photos.ts';

const SUBMIT_PATHS = [
  '/experimental/open-platform/user-posts/new',
  '/experimental/open-platform/posts/new-v2',
];
const PERSONAL = 'سارا احمدی (شخصی)';
const AGENCY = 'مشاور املاک آفتاب (املاک)';

/** A fresh Kenar state, the demo app's settings, and the options page signed in (base scopes). */
const postingTest = test.extend<{
  signed: {
    fetch: typeof globalThis.fetch;
    options: KenarPostingPage;
    mine: string[];
    submits(): ReturnType<Replica['log']['entries']>;
  };
}>({
  signed: async ({ context, extensionId, replica, sendMessage }, use) => {
    const fetch = createReplicaFetch(replica);
    const state = await control(fetch, 'reset');
    await sendMessage({
      type: 'kenarSaveSettings',
      apiKey: DEMO_APP.apiKey,
      appSlug: DEMO_APP.slug,
      clientSecret: DEMO_APP.clientSecret,
    });
    const options = await KenarPostingPage.open(context, extensionId);
    const connect = options.page.getByTestId('options-connection').getByTestId('kenar-connect');
    await approveNextConsent(context, () => connect.click());
    await expect(options.myPosts.getByTestId('my-post')).toHaveCount(3);
    await use({
      fetch,
      options,
      mine: state.posts.map((p: { token: string }) => p.token),
      submits: () => replica.log.entries().filter((e) => SUBMIT_PATHS.includes(e.path)),
    });
  },
});

/** Opens the new listing, allows posting (and reading businesses) in one consent. */
async function openAndAllow(context: BrowserContext, options: KenarPostingPage) {
  await expect(options.error).toHaveAttribute('data-kind', 'kenar-missing-scope');
  return approveNextConsent(context, () => options.allow.click());
}

const photoSpecs = [
  { name: 'living-room.jpg', width: 960, height: 720, hue: 20, label: '۱' },
  { name: 'kitchen.jpg', width: 960, height: 720, hue: 140, label: '۲' },
  // Wider than Kenar's limit and a PNG: resized and re-encoded as JPEG in the page.
  { name: 'view.png', width: 2600, height: 1700, hue: 220, label: '۳', type: 'image/png' as const },
];

test.describe('Posting through Kenar', () => {
  postingTest(
    'a new listing with three photos in a category with nested fields, kept as a draft until posted',
    async ({ signed, context, replica, sendMessage, saveScreenshot }) => {
      test.setTimeout(120_000);
      const { fetch, options, submits } = signed;
      await options.newPostOpen.click();
      expect(await openAndAllow(context, options)).toEqual(
        expect.arrayContaining(['SUBMIT_USER_POST', 'USER_BUSINESSES_READ']),
      );
      await options.place({
        business: PERSONAL,
        city: 'تهران',
        district: 'تجریش',
        category: 'فروش آپارتمان',
      });
      await saveScreenshot('options-kenar-new-post-start', options.card);
      await options.next.click();
      await options.title.fill('آپارتمان ۸۵ متری تجریش');
      await options.description.fill('نوساز، آفتاب‌گیر، نزدیک مترو.');
      await options.field('size').fill('۸۵');
      await options.field('rooms').selectOption('2');
      await options.field('building.total_floors').fill('۶'); // the floor is left out: required
      await options.field('amenities-parking').check();
      await options.newPost.getByTestId('add-nearby').click();
      await options.field('nearby.0.place').fill('مترو تجریش');
      await options.field('nearby.0.minutes').fill('۷');
      const files = await drawPhotos(options.page, photoSpecs);
      await options.photoInput.setInputFiles(files.slice(0, 2));
      await dropFiles(options.photoDrop, files.slice(2));
      await expect(
        options.newPost.locator('[data-testid="photo"][data-status="done"]'),
      ).toHaveCount(3, {
        timeout: 20_000,
      });
      const uploads = replica.log
        .entries()
        .filter((e) => e.path === '/v8/upload/post/live-post-image');
      expect(uploads.map((e) => e.headers['content-type'])).toEqual([
        'image/jpeg',
        'image/jpeg',
        'image/jpeg',
      ]);
      // The dropped view becomes the cover.
      await options.photos.nth(2).getByTestId('photo-earlier').click();
      await options.photos.nth(1).getByTestId('photo-earlier').click();
      const order = await options.photos.evaluateAll((tiles) =>
        tiles.map((tile) => tile.getAttribute('data-path')),
      );

      // Checked before anything is sent, the bad nested field named.
      await options.submit.click();
      await expect(options.field('problem-building.floor')).toBeVisible();
      await expect(options.problems).toContainText('ساختمان › طبقه');
      expect(submits()).toHaveLength(0);
      await saveScreenshot('options-kenar-new-post', options.card);

      // Closed half-way: the draft (photos uploaded, form not sent) is offered again, never sent.
      await expect
        .poll(
          async () =>
            (
              (await sendMessage({ type: 'kenarDraft' })) as {
                data?: { input: { photos: unknown[] } };
              }
            ).data?.input.photos.length,
        )
        .toBe(3);
      await options.page.reload();
      await options.newPostOpen.click();
      await expect(options.page.getByTestId('draft-offer')).toContainText('۳');
      await options.page.getByTestId('draft-resume').click();
      await expect(options.title).toHaveValue('آپارتمان ۸۵ متری تجریش');
      await expect(options.photos).toHaveCount(3);
      expect(submits()).toHaveLength(0);
      await options.field('building.floor').fill('۳');
      await options.submit.click();
      await expect(options.done).toBeVisible();
      await expect(options.done).toHaveAttribute('data-via', 'user');
      const token = (await options.done.getAttribute('data-token')) ?? '';
      await expect(options.page.getByTestId('new-post-link')).toHaveAttribute(
        'href',
        `https://divar.ir/v/${token}`,
      );
      await expect(options.myPosts.locator(`[data-token="${token}"]`)).toBeVisible();
      const state = await control(fetch, 'faults', {});
      const made = state.posts.find((p: { token: string }) => p.token === token);
      expect(made.images).toEqual(order);
      expect(made.categoryData).toEqual({
        size: 85,
        rooms: '2',
        building: { floor: 3, total_floors: 6 },
        amenities: ['parking'],
        nearby: [{ place: 'مترو تجریش', minutes: 7 }],
      });
      expect(made.district).toBe('tajrish');
      expect(((await sendMessage({ type: 'kenarDraft' })) as { data: unknown }).data).toBeNull();
      await saveScreenshot('options-kenar-new-post-done', options.page);
    },
  );

  postingTest(
    'a copy of an own post (as a business, with v2) and of a public post from the popup',
    async ({ signed, context, replica, page, openPopup, saveScreenshot }) => {
      test.setTimeout(90_000);
      const { options, mine } = signed;
      await options.myPosts.getByTestId('my-post-copy').first().click();
      await openAndAllow(context, options);
      await expect(options.page.getByTestId('pick-category')).toHaveValue('apartment-sell');
      await options.page.getByTestId('pick-business').selectOption({ label: AGENCY });
      await options.next.click();
      const own = replica.corpus.get(mine[0] ?? '');
      await expect(options.title).toHaveValue(own?.title ?? '');
      await expect(options.page.getByTestId('new-post-unmapped')).toContainText('عکس‌ها');
      await options.submit.click();
      await expect(options.done).toHaveAttribute('data-via', 'v2');

      // Any post the user is looking at: the popup opens the form in a tab, started from it.
      const other = replica.corpus.listings.find(
        (l) => l.source === 'generated' && l.category === 'apartment-rent',
      );
      await page.goto(`https://divar.ir/v/-/${other?.token}`);
      const popup = await openPopup(page);
      const kenar = new KenarPanel(popup.page);
      await expect(kenar.root.getByTestId('kenar-copy-post')).toBeVisible();
      await expect(kenar.root.getByTestId('kenar-new-post-open')).toBeVisible();
      await saveScreenshot('popup-kenar-post-a-copy', kenar.root);
      const opened = context.waitForEvent('page');
      await kenar.root.getByTestId('kenar-copy-post').click();
      const tab = new KenarPostingPage(await opened);
      await expect(tab.page).toHaveURL(new RegExp(`new-post=1&copy=${other?.token}&from=public`));
      await tab.page.setViewportSize({ width: 900, height: 900 });
      await expect(tab.page.getByTestId('pick-category')).toHaveValue('apartment-rent');
      await tab.page.getByTestId('pick-business').selectOption({ label: PERSONAL });
      await tab.next.click();
      await expect(tab.title).toHaveValue(other?.title ?? '');
      await expect(tab.page.getByTestId('new-post-copied')).toContainText(other?.token ?? '');
      await saveScreenshot('options-kenar-post-a-copy', tab.card);
    },
  );

  postingTest(
    'photos on an edit: add, reorder and remove, the mask covering only the photos',
    async ({ signed, context, replica, saveScreenshot }) => {
      test.setTimeout(90_000);
      const { fetch, options, mine } = signed;
      const token = mine[0] ?? '';
      const row = options.myPosts.locator(`[data-token="${token}"]`);
      await row.getByTestId('my-post-manage').click();
      await row.getByTestId('full-edit-load').click();
      const edit = row.getByTestId('kenar-full-edit');
      const strip = edit.getByTestId('photo-strip');
      const tiles = strip.getByTestId('photo');
      const before = (await control(fetch, 'faults', {})).posts[0].images as string[];
      await expect(tiles).toHaveCount(before.length);
      await strip
        .getByTestId('photo-input')
        .setInputFiles(await drawPhotos(options.page, photoSpecs.slice(0, 2)));
      await expect(strip.locator('[data-testid="photo"][data-status="done"]')).toHaveCount(
        before.length + 2,
        { timeout: 20_000 },
      );
      // The last new photo becomes the cover; the second photo goes.
      for (let i = before.length + 1; i > 0; i--)
        await tiles.nth(i).getByTestId('photo-earlier').click();
      await tiles.nth(1).getByTestId('photo-remove').click();
      const order = await tiles.evaluateAll((all) =>
        all.map((tile) => tile.getAttribute('data-path')),
      );
      await edit.getByTestId('full-edit-save').click();
      const allow = edit.getByTestId('kenar-allow');
      expect(await approveNextConsent(context, () => allow.click())).toContain('EDIT_USER_POST');
      await expect(edit.getByTestId('full-edit-saved')).toHaveAttribute(
        'data-changed',
        'general_data.images',
      );
      const put = replica.log
        .entries()
        .filter((e) => e.method === 'PUT')
        .at(-1);
      expect(put?.body).toMatchObject({
        update_mask: ['general_data.images'],
        general_data: { images: order },
      });
      expect((await control(fetch, 'faults', {})).posts[0].images).toEqual(order);
      await saveScreenshot('options-kenar-edit-photos', edit);
      // Saved again unchanged: nothing is sent.
      const puts = replica.log.entries().filter((e) => e.method === 'PUT').length;
      await edit.getByTestId('full-edit-save').click();
      await expect(edit.getByTestId('full-edit-saved')).toHaveAttribute('data-changed', '');
      expect(replica.log.entries().filter((e) => e.method === 'PUT')).toHaveLength(puts);
    },
  );

  postingTest(
    'a button on every post of a business: preview, confirmation, its own scope, then removed',
    async ({ signed, context, saveScreenshot }) => {
      test.setTimeout(90_000);
      const { fetch, options } = signed;
      // Who is connected: the per-app user id, after allowing USER_ID.
      const who = options.page.getByTestId('who-am-i');
      await who.getByRole('button').click();
      await approveNextConsent(context, () => who.getByTestId('kenar-allow').click());
      await expect(who.getByTestId('who-am-i-id')).toHaveText(/^u/);
      const card = options.business;
      await card.getByTestId('business-load').click();
      await approveNextConsent(context, () => card.getByTestId('kenar-allow').click());
      await card.getByTestId('button-type').selectOption('ONLINE_CALL');
      await card.getByTestId('button-link').fill('https://aftab.example/call');
      await expect(card.getByTestId('button-preview-label')).toHaveText('تماس آنلاین');
      await card.getByTestId('business-set').click();
      await expect(card.getByTestId('business-confirm')).toContainText('مشاور املاک آفتاب');
      await saveScreenshot('options-kenar-business-button', card);
      await card.getByTestId('business-yes').click();
      const asked = await approveNextConsent(context, () =>
        card.getByTestId('kenar-allow').click(),
      );
      expect(asked).toContain('BUSINESS_CREATE_CUSTOMIZED_BUTTON.bAftab0001');
      await expect(card.getByTestId('business-done')).toHaveAttribute('data-done', 'set');
      expect((await control(fetch, 'faults', {})).businessButtons.bAftab0001).toEqual({
        type: 'ONLINE_CALL',
        action: { open_direct_link: 'https://aftab.example/call' },
      });
      await card.getByTestId('business-remove').click();
      await card.getByTestId('business-yes').click();
      await expect(card.getByTestId('business-done')).toHaveAttribute('data-done', 'removed');
      expect((await control(fetch, 'faults', {})).businessButtons).toEqual({});
      await options.page.getByTestId('lang-toggle').click();
      await saveScreenshot('options-kenar-business-button-en', card);
    },
  );

  postingTest(
    'every bad input has its own words: no permission, photos refused or cut, a refused field, the quota',
    async ({ signed, context, replica, saveScreenshot }) => {
      test.setTimeout(120_000);
      const { fetch, options, submits } = signed;
      await control(fetch, 'faults', { cannotSubmit: true });
      await options.newPostOpen.click();
      await openAndAllow(context, options);
      await expect(options.error).toHaveAttribute('data-kind', 'kenar-cannot-submit');
      await expect(options.error).toContainText('احراز هویت');
      await saveScreenshot('options-kenar-cannot-submit', options.card);
      await control(fetch, 'faults', { cannotSubmit: false });
      await options.newPost.getByTestId('kenar-retry').click();
      await options.place({ business: PERSONAL, city: 'تهران', category: 'فروش آپارتمان' });
      await options.next.click();
      await options.title.fill('آپارتمان ۶۰ متری');
      await options.description.fill('دو خوابه');
      await options.field('size').fill('60');
      await options.field('rooms').selectOption('2');

      const [photo] = await drawPhotos(options.page, photoSpecs.slice(0, 1));
      if (!photo) throw new Error('no photo');
      const kindOf = (i: number) => options.photos.nth(i).getByTestId('error');
      // Not an image.
      await options.photoInput.setInputFiles([
        { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') },
      ]);
      await expect(kindOf(0)).toHaveAttribute('data-kind', 'kenar-not-an-image');
      // Too large for Kenar, then sent smaller after the limit is back.
      await control(fetch, 'faults', { imageMaxBytes: 1000 });
      await options.photoInput.setInputFiles([photo]);
      await expect(kindOf(1)).toHaveAttribute('data-kind', 'kenar-photo-too-large');
      // Cut midway.
      await control(fetch, 'faults', { imageMaxBytes: 2_000_000 });
      replica.faults.set({ cutConnection: 1, pathIncludes: '/v8/upload' });
      await options.photoInput.setInputFiles([{ ...photo, name: 'second.jpg' }]);
      await expect(kindOf(2)).toHaveAttribute('data-kind', 'kenar-upload-cut');
      await options.submit.click();
      await expect(options.page.getByTestId('new-post-photos-problem')).toBeVisible();
      await saveScreenshot('options-kenar-photo-problems', options.card);
      expect(submits()).toHaveLength(0);
      await options.photos.nth(0).getByTestId('photo-remove').click();
      await options.photos.nth(0).getByTestId('photo-retry').click();
      await options.photos.nth(1).getByTestId('photo-retry').click();
      await expect(
        options.newPost.locator('[data-testid="photo"][data-status="done"]'),
      ).toHaveCount(2, {
        timeout: 20_000,
      });

      // A field Kenar refuses (a rule its schema does not show), named; then the daily quota.
      await control(fetch, 'faults', { refuseField: 'category_fields.size' });
      await options.submit.click();
      await expect(options.error).toHaveAttribute('data-kind', 'kenar-invalid');
      await expect(options.page.getByTestId('kenar-refused')).toContainText('متراژ');
      await control(fetch, 'faults', { refuseField: null, rateLimitNext: 1 });
      await options.submit.click();
      await expect(options.error).toHaveAttribute('data-kind', 'kenar-rate-limit');
      await options.page.getByTestId('lang-toggle').click();
      await expect(options.error).toContainText('daily quota');
      await saveScreenshot('options-kenar-quota-en', options.card);
      await options.newPost.getByTestId('kenar-retry').click();
      await expect(options.done).toBeVisible();
      expect(submits().map((e) => e.status)).toEqual([400, 200]);
      expect(replica.log.entries().filter((e) => e.status === 429)).toHaveLength(1);
    },
  );
});
