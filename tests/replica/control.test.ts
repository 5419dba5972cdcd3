import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestReplica, type TestReplica } from './test-support.ts';

let t: TestReplica;
beforeAll(async () => {
  t = await startTestReplica({ seed: 17 });
});
afterAll(() => t.replica.close());

const control = (path: string, init?: RequestInit) =>
  t.fetch(`https://divar.ir/__replica/${path}`, init);
const post = (path: string, body?: unknown) =>
  control(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('HTTP control endpoints on divar.ir', () => {
  it('reads and sets faults as JSON (partial settings)', async () => {
    expect(await (await control('faults')).json()).toMatchObject({
      latencyMs: 0,
      captcha: 'off',
      rateLimit: null,
    });
    const set = await post('faults', { captcha: 'forbidden', rateLimit: { burst: 1 } });
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({ captcha: 'forbidden', rateLimit: { burst: 1 } });
    expect(t.replica.faults.get().captcha).toBe('forbidden');
    const rejected = await post('faults', { captcha: 'sometimes', nonsense: 1 });
    expect(rejected.status).toBe(400);
    expect(t.replica.faults.get().captcha).toBe('forbidden');
  });

  it('resets faults and the log', async () => {
    await t.fetch('https://api.divar.ir/v8/posts-v2/web/gammaxvi');
    expect((await post('reset')).status).toBe(200);
    expect(t.replica.faults.get()).toMatchObject({ captcha: 'off', rateLimit: null });
    expect(t.replica.log.entries()).toEqual([]);
  });

  it('serves the request log with cookie values and credentials redacted, and clears it', async () => {
    await t.fetch('https://api.divar.ir/v8/postlist/w/search', {
      method: 'POST',
      headers: {
        cookie: 'sAccessToken=secret.jwt.value; city=tehran',
        authorization: 'Bearer secret.jwt.value',
        'x-api-key': 'secret-kenar-key',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ city_ids: ['1'] }),
    });
    const { entries } = await (await control('log')).json();
    const entry = entries.at(-1);
    expect(entry).toMatchObject({
      method: 'POST',
      host: 'api.divar.ir',
      path: '/v8/postlist/w/search',
      status: 200,
      body: { city_ids: ['1'] },
    });
    expect(entry.headers.cookie).toBe('sAccessToken; city');
    expect(entry.headers.authorization).toBe('Bearer [redacted]');
    expect(entry.headers['x-api-key']).toBe('[redacted]');
    expect(JSON.stringify(entries)).not.toContain('secret');
    expect(entries.some((e: { path: string }) => e.path.startsWith('/__replica/'))).toBe(false);
    expect((await post('log/clear')).status).toBe(200);
    expect((await (await control('log')).json()).entries).toEqual([]);
  });

  it('describes itself and 404s unknown control paths; unknown hosts are refused', async () => {
    expect(await (await control('info')).json()).toMatchObject({
      seed: 17,
      pageSize: 24,
      maxPages: 50,
      corpusSize: 5002,
    });
    expect((await control('nope')).status).toBe(404);
    // The Kenar hosts answer as Kenar does (tests/replica/kenar): no key → 401, no client → 400.
    expect(
      (await t.fetch('https://open-api.divar.ir/v1/open-platform/finder/post/gammaxvi')).status,
    ).toBe(401);
    expect((await t.fetch('https://oauth.divar.ir/oauth2/auth')).status).toBe(400);
    await expect(t.fetch('https://example.com/')).rejects.toThrow(TypeError);
  });
});
