import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSearchBody } from '@/lib/divar/search-body';
import { parseSearchUrl } from '@/lib/divar/search-url';
import { createDivarSession } from '@/lib/divar/session';
import { createDivarWebApi } from '@/lib/divar/web-api';
import { systemClock } from '@/lib/http/clock';
import { createHttp } from '@/lib/http/request';
import { createReplicaFetch, type Replica, startReplica } from '../../../replica/index.ts';

let replica: Replica;
beforeAll(async () => {
  replica = await startReplica({ seed: 7 });
});
afterAll(() => replica.close());

function api(cookies: Record<string, string> = {}) {
  const replicaFetch = createReplicaFetch(replica);
  const cookie = Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  // Node's fetch has no cookie jar: send what the browser would send for .divar.ir.
  const fetch = ((url: string, init?: RequestInit) =>
    replicaFetch(url, {
      ...init,
      headers: { ...(init?.headers as object), ...(cookie ? { cookie } : {}) },
    })) as typeof globalThis.fetch;
  const request = createHttp(
    { fetch, clock: systemClock, random: Math.random },
    { timeoutMs: 5000, retries: 2, baseDelayMs: 10, maxDelayMs: 50 },
  );
  return createDivarWebApi({ request, session: createDivarSession(async (name) => cookies[name]) });
}

const body = (url: string) => {
  const result = parseSearchUrl(url);
  if (!result.ok) throw new Error('bad url');
  return toSearchBody(result.query);
};

describe('divar web API client against the replica', () => {
  it('searches with the body our parser builds, and pages by echoing the cursor', async () => {
    const client = api();
    const first = await client.search(body('https://divar.ir/s/tehran/buy-apartment'));
    expect(first.list_widgets?.some((w) => w.widget_type === 'POST_ROW')).toBe(true);
    const cursor = first.pagination?.data;
    expect(cursor).toBeDefined();
    const second = await client.search({
      ...body('https://divar.ir/s/tehran/buy-apartment'),
      pagination_data: cursor,
    });
    const tokens = (page: typeof first) =>
      page.list_widgets?.map((w) => (w.data as { token?: string })?.token);
    expect(tokens(second)).not.toEqual(tokens(first));
  });

  it('gets a post and refuses contact info without a session, without retrying', async () => {
    const client = api();
    expect(await client.post('gammaxvi')).toHaveProperty('sections');
    replica.log.clear();
    await expect(client.contact('gammaxvi')).rejects.toMatchObject({ kind: 'auth' });
    expect(replica.log.entries().filter((e) => e.path.includes('contact_info'))).toHaveLength(0);
  });

  it('gets the contact number with a session', async () => {
    const info = await api({ sAccessToken: 'aaa.bbb.ccc' }).contact('gammaxvi');
    expect(info.phone).toMatch(/^09\d{9}$/);
  });

  it('turns a captcha into its own error', async () => {
    replica.faults.set({ captcha: 'hip' });
    try {
      await expect(api({ sAccessToken: 'aaa.bbb.ccc' }).contact('gammaxvi')).rejects.toMatchObject({
        kind: 'captcha',
      });
    } finally {
      replica.faults.reset();
    }
  });

  it('reads the map pins of a search inside a box, with coordinates and prices', async () => {
    const tehran = [51.1, 35.5, 51.7, 35.9];
    const { listings, total } = await api().viewport(
      body('https://divar.ir/s/tehran/buy-apartment'),
      tehran,
    );
    expect(listings.length).toBeGreaterThan(10);
    expect(total).toBeGreaterThanOrEqual(listings.length);
    for (const listing of listings) {
      expect(listing.location?.latitude).toBeGreaterThanOrEqual(35.5);
      expect(listing.location?.longitude).toBeLessThanOrEqual(51.7);
    }
    expect(listings.some((l) => (l.price ?? 0) > 1e8)).toBe(true);
    await expect(
      api().viewport(body('https://divar.ir/s/tehran/buy-apartment'), [52, 36, 51, 35]),
    ).rejects.toMatchObject({
      kind: 'http',
    });
  });

  it('says not-found for an unknown post', async () => {
    await expect(api().post('ZZZZZZZZ')).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('divar session', () => {
  it('reads the kind of session from cookies and adds Basic auth only for legacy tokens', async () => {
    const none = createDivarSession(async () => undefined);
    expect(await none.state()).toEqual({ kind: 'none', isLoggedIn: false });
    const current = createDivarSession(async (name) =>
      name === 'sAccessToken' ? 'a.b.c' : undefined,
    );
    expect(await current.state()).toEqual({ kind: 'supertokens', isLoggedIn: true });
    expect(await current.headers()).toEqual({});
    const legacy = createDivarSession(async (name) => (name === 'token' ? 'x.y.z' : undefined));
    expect(await legacy.headers()).toEqual({ authorization: 'Basic x.y.z' });
    const junk = createDivarSession(async () => 'not-a-jwt');
    expect((await junk.state()).isLoggedIn).toBe(false);
  });
});
