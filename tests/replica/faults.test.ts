import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { postSearch, searchBody, startTestReplica, type TestReplica } from './test-support.ts';

let t: TestReplica;
beforeAll(async () => {
  t = await startTestReplica({ seed: 13 });
});
afterEach(() => {
  t.replica.faults.reset();
  t.replica.log.clear();
});
afterAll(() => t.replica.close());

const body = searchBody(['1'], { category: { str: { value: 'apartment-sell' } } });
const lastEntry = () => t.replica.log.entries().at(-1);

describe('fault knobs', () => {
  it('latencyMs delays responses (loose lower bound) and is logged', async () => {
    t.replica.faults.set({ latencyMs: 300 });
    const started = performance.now();
    expect((await postSearch(t.fetch, body)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    expect(lastEntry()?.faults).toContain('latency');
  });

  it('rateLimit.burst answers 429 with Retry-After for the next N responses', async () => {
    t.replica.faults.set({ rateLimit: { burst: 2, retryAfterSeconds: 7 } });
    for (let i = 0; i < 2; i += 1) {
      const response = await t.fetch('https://api.divar.ir/v8/posts-v2/web/gammaxvi');
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7');
      await response.text();
    }
    expect((await t.fetch('https://api.divar.ir/v8/posts-v2/web/gammaxvi')).status).toBe(200);
    expect(t.replica.log.entries().filter((e) => e.faults.includes('rateLimit'))).toHaveLength(2);
    expect(t.replica.faults.get().rateLimit?.burst).toBe(0);
  });

  it('rateLimit.perSecond answers 429 beyond the ceiling', async () => {
    t.replica.faults.set({ rateLimit: { perSecond: 3 } });
    const statuses = await Promise.all(
      Array.from({ length: 6 }, () =>
        t.fetch('https://api.divar.ir/v8/posts-v2/web/gammaxvi').then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
  });

  it('serverErrors answers 5xx for the next N responses, or with a seeded probability', async () => {
    t.replica.faults.set({ serverErrors: { count: 2, status: 502 } });
    expect((await postSearch(t.fetch, body)).status).toBe(502);
    expect((await postSearch(t.fetch, body)).status).toBe(502);
    expect((await postSearch(t.fetch, body)).status).toBe(200);
    const run = async () => {
      t.replica.faults.reset();
      t.replica.faults.set({ serverErrors: { probability: 0.5 } });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i += 1)
        statuses.push((await t.fetch('https://api.divar.ir/v8/posts-v2/web/gammaxvi')).status);
      return statuses;
    };
    const first = await run();
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
    expect(
      t.replica.log.entries().some((e) => e.status === 503 && e.faults.includes('serverError')),
    ).toBe(true);
  });

  it('slowBodyMs sends headers at once and trickles the body', async () => {
    t.replica.faults.set({ slowBodyMs: 400 });
    const started = performance.now();
    const response = await t.fetch('https://api.divar.ir/v8/posts-v2/web/gammaxvi');
    const reader = response.body?.getReader();
    const chunks: Uint8Array[] = [];
    for (let read = await reader?.read(); read && !read.done; read = await reader?.read())
      chunks.push(read.value);
    expect(performance.now() - started).toBeGreaterThanOrEqual(350);
    expect(chunks.length).toBeGreaterThan(1);
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8')).sections).toBeDefined();
    expect(lastEntry()?.faults).toContain('slowBody');
  });

  it('cutConnection destroys the socket mid-body for the next N responses', async () => {
    t.replica.faults.set({ cutConnection: 1 });
    const response = await t.fetch('https://api.divar.ir/v8/posts-v2/web/gammaxvi');
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    expect(lastEntry()?.faults).toContain('cutConnection');
    expect(
      (await (await t.fetch('https://api.divar.ir/v8/posts-v2/web/gammaxvi')).json()).sections,
    ).toBeDefined();
  });

  it('leaves pages alone unless applyToPages, and honours pathIncludes', async () => {
    t.replica.faults.set({ serverErrors: { count: 5 }, pathIncludes: '/posts-v2/' });
    expect((await postSearch(t.fetch, body)).status).toBe(200);
    expect((await t.fetch('https://divar.ir/s/tehran')).status).toBe(200);
    expect((await t.fetch('https://api.divar.ir/v8/posts-v2/web/gammaxvi')).status).toBe(503);
    t.replica.faults.set({ applyToPages: true, pathIncludes: null });
    expect((await t.fetch('https://divar.ir/s/tehran')).status).toBe(503);
  });
});

describe('CORS on api.divar.ir', () => {
  it('answers preflight for divar.ir and extension origins, with credentials', async () => {
    for (const origin of [
      'https://divar.ir',
      'chrome-extension://abcdefghijklmnop',
      'moz-extension://0f1e2d3c-aaaa-bbbb-cccc-1234567890ab',
    ]) {
      const response = await t.fetch('https://api.divar.ir/v8/postlist/w/search', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-render-type',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      expect(response.headers.get('access-control-allow-headers')).toContain(
        'x-standard-divar-error',
      );
    }
    const stranger = await t.fetch('https://api.divar.ir/v8/postlist/w/search', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example' },
    });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });
});
