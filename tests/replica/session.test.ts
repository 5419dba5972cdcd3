import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startTestReplica, type TestReplica } from './test-support.ts';

let t: TestReplica;
beforeAll(async () => {
  t = await startTestReplica({ seed: 31 });
});
afterEach(() => t.replica.faults.reset());
afterAll(() => t.replica.close());

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const oldJwt = `${b64({ alg: 'RS256' })}.${b64({ sub: 'u1' })}.c2ln`;
const REFRESH = 'https://api.divar.ir/v8/authenticate/session/refresh';
const PROBE = 'https://api.divar.ir/v8/user-profile/user-nationality';

const listing = () => {
  const found = t.replica.corpus.listings.find(
    (l) => l.source === 'generated' && l.contactMethod === 'CALL',
  );
  if (!found) throw new Error('no callable listing');
  return found;
};
const contact = (accessToken: string) =>
  postJson(
    t.fetch,
    `https://api.divar.ir/v8/postcontact/web/contact_info_v2/${listing().token}`,
    { contact_uuid: listing().contactUuid },
    { cookie: `did=d1; sAccessToken=${accessToken}` },
  );
const probe = (cookie?: string) =>
  t.fetch(PROBE, cookie === undefined ? {} : { headers: { cookie } });

async function refresh(cookie: string) {
  const response = await postJson(t.fetch, REFRESH, {}, { cookie, rid: 'session' });
  const setCookie = response.headers.get('set-cookie') ?? '';
  return { ...response, setCookie, access: /sAccessToken=([^;]+)/.exec(setCookie)?.[1] };
}

describe('session refresh and expiry', () => {
  it('probes the login with user-nationality: 200 with a session, 401 without', async () => {
    expect((await probe()).status).toBe(401);
    expect((await probe('sAccessToken=not-a-jwt')).status).toBe(401);
    const ok = await probe(`sAccessToken=${oldJwt}`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ nationality: 'IRANIAN' });
  });

  it('refreshes only with an sRefreshToken cookie, setting sAccessToken on .divar.ir', async () => {
    const refused = await refresh(`sAccessToken=${oldJwt}`);
    expect(refused.status).toBe(401);
    expect(refused.json).toEqual({ message: 'unauthorised' });
    const ok = await refresh('sRefreshToken=r1; sAccessToken=expired');
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({});
    expect(ok.setCookie).toContain('Domain=.divar.ir');
    expect(ok.setCookie).toContain('Path=/');
    expect(ok.access?.split('.')).toHaveLength(3);
    const front = JSON.parse(Buffer.from(ok.headers.get('front-token') ?? '', 'base64').toString());
    expect(front).toMatchObject({
      uid: 'replica-user',
      up: { iss: 'https://api.divar.ir/v8/authenticate' },
    });
  });

  it('sessionExpired: 403 "jwt is expired" → refresh → contact works; switching it on again expires that token', async () => {
    t.replica.faults.set({ sessionExpired: true });
    const expired = await contact(oldJwt);
    expect(expired.status).toBe(403);
    expect(expired.json.text).toBe('jwt is expired');
    expect((await probe(`sAccessToken=${oldJwt}`)).status).toBe(403);
    const { access } = await refresh('sRefreshToken=r1');
    if (access === undefined) throw new Error('no new access token');
    const served = await contact(access);
    expect(served.status).toBe(200);
    expect(served.json.widget_list[0].data.action.payload.phone_number).toBe(listing().phone);
    expect((await probe(`sAccessToken=${access}`)).status).toBe(200);
    t.replica.faults.set({ sessionExpired: true });
    expect((await contact(access)).status).toBe(403);
    const again = await refresh('sRefreshToken=r1');
    expect((await contact(again.access ?? '')).status).toBe(200);
    t.replica.faults.set({ sessionExpired: false });
    expect((await contact(oldJwt)).status).toBe(200);
  });

  it('can be switched over HTTP', async () => {
    const set = await postJson(t.fetch, 'https://divar.ir/__replica/faults', {
      sessionExpired: true,
    });
    expect(set.json.sessionExpired).toBe(true);
    expect((await contact(oldJwt)).status).toBe(403);
  });
});
