import { describe, expect, it } from 'vitest';
import type { Envelope } from '../e2e/support/envelope.ts';
import { SESSION_COOKIE } from '../replica/test-support.ts';
import { click, text } from './support/dom.ts';
import { useFirefox } from './support/use-firefox.ts';

describe('a post in Firefox: details, and the contact number with a divar session', () => {
  const session = useFirefox();

  it('without a divar session the contact number is refused as a login problem', async () => {
    const { extension } = session();
    const answer = await extension.sendMessage<Envelope>({
      type: 'postContact',
      token: 'gammaxvi',
    });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'auth' } });
  });

  it('the popup shows the details and, on request, the number (session cookie in the profile)', async () => {
    const { firefox, extension, replica } = session();
    // The session divar.ir sets at login: read by the background through cookies.get.
    await firefox.setCookie(SESSION_COOKIE);
    const page = await firefox.newPage();
    await page.goto('https://divar.ir/v/-/gammaxvi');
    const popup = await extension.openPopup(await extension.tabIdOf(page));
    await expect.poll(() => text(popup, 'detail-price')).toBe('۲۰٬۵۰۰٬۰۰۰٬۰۰۰ تومان');
    expect(await text(popup, 'detail-size')).toContain('۹۸');
    expect(await text(popup, 'detail-published')).toContain('۱۴۰۵');
    replica.log.clear();
    await click(popup, 'get-contact');
    await expect.poll(() => text(popup, 'contact')).toMatch(/^09\d{9}$/);
    const contact = replica.log.entries().find((e) => e.path.includes('contact_info'));
    expect(contact?.headers.cookie).toContain('sAccessToken');
    await popup.close();
    await page.close();
  });
});
