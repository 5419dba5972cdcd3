import { createHash } from 'node:crypto';
import type { Browser, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { createReplicaFetch } from '../replica/index.ts';
import { control } from '../replica/kenar/test-support.ts';
import { attr, byTestId, click, text } from './support/dom.ts';
import { useFirefox } from './support/use-firefox.ts';

/** Firefox's identity.getRedirectURL(): a host made of the SHA-1 of the add-on id. */
function firefoxRedirect(addonId: string, path: string): string {
  const host = createHash('sha1').update(addonId).digest('hex');
  return `https://${host}.extensions.allizom.org/${path}`;
}

/** Types `value` into the `data-testid=id` field, replacing what it held. */
async function fill(page: Page, id: string, value: string): Promise<void> {
  await page.click(byTestId(id), { count: 3 });
  await page.type(byTestId(id), value);
}

/**
 * Approves the consent page on oauth.divar.ir in the window identity.launchWebAuthFlow opens
 * (BiDi sees it as a new top-level browsing context), as the user would, and returns the scopes
 * it asked for.
 */
async function approveNextConsent(firefox: Browser, run: () => Promise<unknown>) {
  const opened = firefox.waitForTarget((t) => t.url().startsWith('https://oauth.divar.ir/'), {
    timeout: 10_000,
  });
  await run();
  const consent = (await (await opened).page()) as Page;
  await consent.waitForSelector('#approve');
  const scopes = await consent.$$eval(`${byTestId('consent-scopes')} li`, (items) =>
    items.map((li) => li.textContent ?? ''),
  );
  await consent.click('#approve');
  return scopes;
}

describe('Kenar sign-in in Firefox', () => {
  const session = useFirefox();

  it('signs in through identity.launchWebAuthFlow against the replica’s OAuth routes', async () => {
    const { firefox, extension, replica } = session();
    const addonId = 'divar-actions@divar-actions.github.io';
    const redirect = firefoxRedirect(addonId, 'kenar');
    const fetch = createReplicaFetch(replica);
    await control(fetch, 'reset');
    // A registered app accepts only its exact redirect URL, as the Kenar panel does.
    await control(fetch, 'apps', {
      slug: 'my-agency-app',
      apiKey: 'key-agency-1',
      clientSecret: 'secret-agency-1',
      redirectUris: [redirect],
    });

    const options = await extension.open('options.html');
    await fill(options, 'api-key', 'key-agency-1');
    await click(options, 'api-key-save');
    await click(options, 'test-key');
    await options.waitForSelector(byTestId('key-ok'));
    await fill(options, 'app-slug', 'my-agency-app');
    await fill(options, 'client-secret', 'secret-agency-1');
    await click(options, 'app-save');
    // Firefox's redirect URL, not Chromium's chromiumapp.org: the one to register in Kenar.
    await expect.poll(() => text(options, 'redirect-uri')).toBe(redirect);

    const connect = `${byTestId('options-connection')} ${byTestId('kenar-connect')}`;
    const asked = await approveNextConsent(firefox, () => options.click(connect));
    expect(asked).toEqual(['offline_access', 'USER_POSTS_GET', 'USER_POSTS_STATS_READ']);
    await expect.poll(() => attr(options, 'options-connection', 'data-connected')).toBe('true');
    expect(await text(options, 'granted-scopes')).toContain('USER_POSTS_STATS_READ');
    const token = replica.log.entries().find((e) => e.path === '/oauth2/token');
    expect(new URLSearchParams(String(token?.body)).get('redirect_uri')).toBe(redirect);
    await options.close();
  });

  it('offers setAccessLevel on no storage area, as the README says', async () => {
    const { extension } = session();
    const switches = await extension.evaluate(
      () =>
        [browser.storage.local, browser.storage.session].map((area) => 'setAccessLevel' in area),
      undefined,
    );
    expect(switches).toEqual([false, false]);
  });
});
