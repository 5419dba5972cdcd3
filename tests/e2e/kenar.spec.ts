import { createReplicaFetch } from '../replica/index.ts';
import { control, kenarCall } from '../replica/kenar/test-support.ts';
import { expect, test } from './fixtures.ts';
import { approveNextConsent, KenarOptionsPage, KenarPanel } from './pages/kenar-pages.ts';

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

test.describe('Kenar with the user’s own app', () => {
  test('sign in through launchWebAuthFlow, then stats, edit, button and delete of an own post', async ({
    context,
    page,
    replica,
    extensionId,
    openPopup,
    saveScreenshot,
    serviceWorker,
  }) => {
    test.setTimeout(90_000);
    const fetch = createReplicaFetch(replica);
    const redirect = `https://${extensionId}.chromiumapp.org/kenar`;
    const state = await control(fetch, 'reset');
    // A registered app accepts only its exact redirect URL, as the Kenar panel does.
    await control(fetch, 'apps', {
      slug: 'my-agency-app',
      apiKey: 'key-agency-1',
      clientSecret: 'secret-agency-1',
      redirectUris: [redirect],
    });
    const token: string = state.posts[0].token;

    // Options: key (tested), app slug and secret, the redirect URL to register, then sign in.
    const options = await KenarOptionsPage.open(context, extensionId);
    await options.apiKey.fill('key-agency-1');
    await options.saveKey.click();
    await options.testKey.click();
    await expect(options.keyOk).toBeVisible();
    await options.appSlug.fill('my-agency-app');
    await options.clientSecret.fill('secret-agency-1');
    await options.saveApp.click();
    await expect(options.redirectUri).toHaveText(redirect);
    const asked = await approveNextConsent(context, () => options.connect.click());
    expect(asked).toEqual(['offline_access', 'USER_POSTS_GET', 'USER_POSTS_STATS_READ']);
    await expect(options.connection).toHaveAttribute('data-connected', 'true');
    await expect(options.scopes).toContainText('USER_POSTS_STATS_READ');
    await options.phone.fill('۰۹۱۲۰۰۰۰۰۰۱');
    await options.findUserId.click();
    await expect(options.userId).toHaveText(/^u/);

    // The popup on the own post's page: the official record and 7 days of stats.
    await page.goto(`https://divar.ir/v/-/${token}`);
    const popup = await openPopup(page);
    const kenar = new KenarPanel(popup.page);
    // Kenar sends slugs and codes; the record says them as words.
    await expect(kenar.record.getByTestId('record-category')).toHaveText('فروش آپارتمان');
    await expect(kenar.record.getByTestId('record-state')).toHaveText('منتشرشده');
    await expect(kenar.own).toBeVisible();
    await expect(kenar.statsBars).toHaveCount(7);
    await expect(kenar.statsBars.nth(3)).toHaveAttribute('data-count', '0');
    await saveScreenshot('popup-kenar-own-post', popup.page);

    // Edit: the spec's limit is checked before anything is sent, then the edit scope is asked for.
    await expect(kenar.editTitle).not.toHaveValue('');
    await kenar.editTitle.fill('اب');
    await kenar.editSave.click();
    await expect(kenar.titleProblem).toBeVisible();
    const puts = () =>
      replica.log.entries().filter((e) => e.host === 'open-api.divar.ir' && e.method === 'PUT');
    expect(puts()).toHaveLength(0);
    await kenar.editTitle.fill('آپارتمان ۹۰ متری نوساز');
    await kenar.editSave.click();
    expect(await approveNextConsent(context, () => kenar.allow.click())).toContain(
      'EDIT_USER_POST',
    );
    await expect(kenar.editSaved).toBeVisible();
    let kenarState = await control(fetch, 'apps', { slug: 'my-agency-app' });
    expect(kenarState.posts[0].title).toBe('آپارتمان ۹۰ متری نوساز');

    // Full edit from the category's submit schema: a bad value is named and nothing is sent.
    await kenar.root.getByTestId('full-edit-load').click();
    await kenar.root.getByTestId('field-size').fill('۱۲۰'); // Persian digits, as people type them
    await kenar.root.getByTestId('field-rooms').selectOption('');
    const putsBefore = puts().length;
    await kenar.root.getByTestId('full-edit-save').click();
    await expect(kenar.root.getByTestId('field-problem-rooms')).toBeVisible();
    expect(puts()).toHaveLength(putsBefore);
    await kenar.root.getByTestId('field-rooms').selectOption('2');
    await kenar.root.getByTestId('full-edit-save').click();
    await expect(kenar.root.getByTestId('full-edit-saved')).toBeVisible();
    const fullEdit = puts().at(-1);
    expect(fullEdit?.body).toMatchObject({ category_data: { size: 120, rooms: '2' } });

    // Customised button: set (after allowing it), then remove.
    await kenar.buttonLink.fill('https://agency.example/booking');
    await kenar.buttonSet.click();
    expect(await approveNextConsent(context, () => kenar.allow.click())).toContain(
      'USER_SET_CUSTOMIZED_BUTTON',
    );
    await expect(kenar.buttonDone).toBeVisible();
    kenarState = await control(fetch, 'apps', { slug: 'my-agency-app' });
    expect(kenarState.posts[0].button).toEqual({
      type: 'EXTERNAL_PRODUCT_STORE',
      action: { open_direct_link: 'https://agency.example/booking' },
    });
    await kenar.buttonRemove.click();
    await expect(kenar.buttonDone).toBeVisible();
    kenarState = await control(fetch, 'apps', { slug: 'my-agency-app' });
    expect(kenarState.posts[0].button).toBeUndefined();

    // Delete: nothing happens until the user confirms.
    await kenar.deletePost.click();
    await expect(kenar.deleteConfirm).toBeVisible();
    await kenar.deleteCancel.click();
    expect(
      replica.log
        .entries()
        .some((e) => e.method === 'DELETE' && e.path === `/v1/open-platform/post/${token}`),
    ).toBe(false);
    await kenar.deletePost.click();
    await kenar.deleteYes.click();
    expect(await approveNextConsent(context, () => kenar.allow.click())).toContain(
      'DELETE_USER_POST',
    );
    await expect(kenar.deleteDone).toBeVisible();
    kenarState = await control(fetch, 'apps', { slug: 'my-agency-app' });
    expect(kenarState.posts[0].deleted).toBe(true);
    // The key went in the x-api-key header only (the replica's log redacts that header).
    expect(JSON.stringify(replica.log.entries())).not.toContain('key-agency-1');

    // Disconnect: the refresh token is revoked at oauth.divar.ir first, then forgotten here.
    const kept = await serviceWorker.evaluate(
      async () =>
        (await chrome.storage.local.get('kenar:tokens:v1'))['kenar:tokens:v1'] as {
          accessToken: string;
          refreshToken: string;
        },
    );
    await options.page.bringToFront();
    await options.disconnect.click();
    await expect(options.revocation).toHaveAttribute('data-revocation', 'revoked');
    await expect(options.connection).toHaveAttribute('data-connected', 'false');
    const revoke = replica.log.entries().find((e) => e.path === '/oauth2/revoke');
    expect(new URLSearchParams(String(revoke?.body)).get('token')).toBe(kept.refreshToken);
    const after = await kenarCall(fetch, 'GET', '/v1/open-platform/finder/user-posts', {
      key: 'key-agency-1',
      token: kept.accessToken,
    });
    expect(after.status).toBe(401);
  });
});

test.describe('Kenar: the right words for each failure, and a search that asks first', () => {
  test('a wrong key, someone else’s post, and the lifetime search quota', async ({
    context,
    page,
    replica,
    extensionId,
    openPopup,
    sendMessage,
  }) => {
    const fetch = createReplicaFetch(replica);
    const state = await control(fetch, 'reset');
    const mine: string[] = state.posts.map((p: { token: string }) => p.token);
    await sendMessage({ type: 'kenarSaveSettings', apiKey: 'not-a-key' });

    const options = await KenarOptionsPage.open(context, extensionId);
    await options.testKey.click();
    await expect(options.page.getByTestId('kenar-error')).toHaveAttribute(
      'data-kind',
      'kenar-bad-key',
    );

    // With the demo app's key but no sign-in: the public record of any post, and an offer to connect.
    await sendMessage({ type: 'kenarSaveSettings', apiKey: 'demo-kenar-api-key' });
    const other = replica.corpus.listings.find(
      (l) => l.source === 'generated' && !mine.includes(l.token),
    );
    await page.goto(`https://divar.ir/v/-/${other?.token}`);
    const postPopup = await openPopup(page);
    const kenar = new KenarPanel(postPopup.page);
    await expect(kenar.record.getByTestId('record-title')).toHaveText(other?.title ?? '');
    await expect(kenar.root.getByTestId('kenar-connect')).toBeVisible();
    await expect(kenar.own).toHaveCount(0);
    await postPopup.close();

    // A search page: the quota is shown, and nothing is spent until the user says yes.
    const searches = () =>
      replica.log.entries().filter((e) => e.path === '/v2/open-platform/finder/post');
    await page.goto('https://divar.ir/s/tehran/buy-apartment');
    const searchPopup = await openPopup(page);
    const panel = new KenarPanel(searchPopup.page);
    await expect(panel.root.getByTestId('kenar-quota')).toHaveAttribute('data-left', '100');
    await panel.root.getByTestId('kenar-search-start').click();
    await expect(panel.root.getByTestId('search-confirm')).toBeVisible();
    expect(searches()).toHaveLength(0);
    await panel.root.getByTestId('search-yes').click();
    await expect(panel.root.getByTestId('kenar-search-post').first()).toBeVisible();
    await expect(panel.root.getByTestId('kenar-quota')).toHaveAttribute('data-left', '99');
    expect(searches()).toHaveLength(1);
    expect(searches()[0]?.body).toEqual({ city: 'tehran', category: 'apartment-sell' });
    // Kenar's results go to the same results table (and its exports) as web results.
    const resultsOpened = searchPopup.page.context().waitForEvent('page');
    await panel.root.getByTestId('kenar-to-results').click();
    await expect(await resultsOpened).toHaveURL(/results\.html\?job=/);

    // The app used its calls elsewhere: Kenar's own answer says so, in words.
    await control(fetch, 'apps', { slug: 'divar-actions-demo', searchUsed: 100 });
    await panel.root.getByTestId('kenar-search-start').click();
    await panel.root.getByTestId('search-yes').click();
    await expect(panel.root.getByTestId('kenar-error')).toHaveAttribute('data-kind', 'kenar-quota');
    await expect(panel.root.getByTestId('kenar-quota')).toHaveAttribute('data-left', '0');
  });
});
