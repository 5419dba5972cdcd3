import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestReplica, type TestReplica } from './test-support.ts';

let t: TestReplica;
beforeAll(async () => {
  t = await startTestReplica({ seed: 9 });
});
afterEach(() => t.replica.faults.reset());
afterAll(() => t.replica.close());

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: Record<string, unknown> = {}) =>
  `${b64({ alg: 'RS256' })}.${b64({ sub: 'u1', ...claims })}.c2lnbmF0dXJl`;

function contact(token: string, body: unknown, headers: Record<string, string> = {}) {
  return t.fetch(`https://api.divar.ir/v8/postcontact/web/contact_info_v2/${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const callable = () => {
  const listing = t.replica.corpus.listings.find(
    (l) => l.source === 'generated' && l.contactMethod === 'CALL',
  );
  if (!listing) throw new Error('no callable listing');
  return listing;
};

describe('POST /v8/postcontact/web/contact_info_v2/{token}', () => {
  it('answers 401 with a JSON error without a session', async () => {
    const listing = callable();
    const response = await contact(listing.token, { contact_uuid: listing.contactUuid });
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe('UNAUTHENTICATED');
    const notJwt = await contact(
      listing.token,
      { contact_uuid: listing.contactUuid },
      { cookie: 'sAccessToken=hello' },
    );
    expect(notJwt.status).toBe(401);
  });

  it('returns the number with an sAccessToken cookie', async () => {
    const listing = callable();
    const response = await contact(
      listing.token,
      { contact_uuid: listing.contactUuid },
      { cookie: `did=abc; sAccessToken=${jwt()}` },
    );
    expect(response.status).toBe(200);
    const [row] = (await response.json()).widget_list;
    expect(row.data.title).toBe('شمارهٔ موبایل');
    expect(row.data.value).toMatch(/^۰۹[۰-۹]{9}$/);
    expect(row.data.action.payload.phone_number).toBe(listing.phone);
    expect(listing.phone).toMatch(/^0912000\d{4}$/);
    expect(row.action_log.server_side_info.info.contact_method).toBe('CALL');
  });

  it('accepts the legacy token cookie and Authorization Basic/Bearer', async () => {
    const listing = callable();
    const variants: Record<string, string>[] = [
      { cookie: `token=${jwt()}` },
      { authorization: `Basic ${jwt()}` },
      { authorization: `Bearer ${jwt()}` },
    ];
    for (const headers of variants) {
      expect(
        (await contact(listing.token, { contact_uuid: listing.contactUuid }, headers)).status,
      ).toBe(200);
    }
  });

  it('answers 403 "jwt is expired" for an expired JWT, 400 for a wrong contact_uuid, 404 for unknown posts', async () => {
    const listing = callable();
    const expired = await contact(
      listing.token,
      { contact_uuid: listing.contactUuid },
      { cookie: `sAccessToken=${jwt({ exp: 1_000_000_000 })}` },
    );
    expect(expired.status).toBe(403);
    expect(await expired.text()).toBe('jwt is expired');
    const session = { cookie: `sAccessToken=${jwt()}` };
    expect(
      (
        await contact(
          listing.token,
          { contact_uuid: '00000000-0000-4000-8000-000000000000' },
          session,
        )
      ).status,
    ).toBe(400);
    expect((await contact(listing.token, {}, session)).status).toBe(400);
    const unknown = await contact('QQQQQQQQ', { contact_uuid: listing.contactUuid }, session);
    expect(unknown.status).toBe(404);
  });

  it('serves the real samples with their contact_uuid and hides numbers of chat-only posts', async () => {
    const session = { cookie: `sAccessToken=${jwt()}` };
    const sample = await contact(
      'gammaxvi',
      { contact_uuid: '00000000-0000-4000-8000-00000000a001' },
      session,
    );
    expect(sample.status).toBe(200);
    const chatOnly = t.replica.corpus.listings.find((l) => l.contactMethod === 'CHAT');
    if (!chatOnly) throw new Error('no chat-only listing');
    const hidden = await (
      await contact(chatOnly.token, { contact_uuid: chatOnly.contactUuid }, session)
    ).json();
    expect(hidden.widget_list[0].data.title).toBe('شماره مخفی شده است');
    expect(hidden.widget_list[0].action_log.server_side_info.info.contact_method).toBe('CHAT');
  });

  it('answers a captcha body with hip_action under the captcha knob (and logs it)', async () => {
    const listing = callable();
    const session = { cookie: `sAccessToken=${jwt()}` };
    t.replica.faults.set({ captcha: 'hip' });
    const hip = await contact(listing.token, { contact_uuid: listing.contactUuid }, session);
    expect(hip.status).toBe(200);
    expect((await hip.json()).hip_action).toBeDefined();
    expect(t.replica.log.entries().at(-1)?.faults).toContain('captcha');
    t.replica.faults.set({ captcha: 'hip-403' });
    const hip403 = await contact(listing.token, { contact_uuid: listing.contactUuid }, session);
    expect(hip403.status).toBe(403);
    expect((await hip403.json()).hip_action).toBeDefined();
    t.replica.faults.set({ captcha: 'forbidden' });
    const forbidden = await contact(listing.token, { contact_uuid: listing.contactUuid }, session);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toBe('captcha challenge');
  });

  it('switches to captcha by itself after captchaAfter numbers', async () => {
    const listing = callable();
    const session = { cookie: `sAccessToken=${jwt()}` };
    t.replica.faults.set({ captchaAfter: 2 });
    for (let i = 0; i < 2; i += 1) {
      expect(
        (
          await (
            await contact(listing.token, { contact_uuid: listing.contactUuid }, session)
          ).json()
        ).widget_list,
      ).toBeDefined();
    }
    expect(
      (await (await contact(listing.token, { contact_uuid: listing.contactUuid }, session)).json())
        .hip_action,
    ).toBeDefined();
  });
});
