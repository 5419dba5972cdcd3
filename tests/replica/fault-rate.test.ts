import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FaultSettings } from './index.ts';
import {
  crawlSearch,
  type Json,
  postJson,
  postTokens,
  searchBody,
  startTestReplica,
  type TestReplica,
} from './test-support.ts';

let t: TestReplica;
beforeAll(async () => {
  t = await startTestReplica({ seed: 37 });
});
afterEach(() => {
  t.replica.faults.reset();
  t.replica.log.clear();
});
afterAll(() => t.replica.close());

const POST = 'https://api.divar.ir/v8/posts-v2/web/gammaxvi';
type Outcome = 'ok' | '429' | '5xx' | 'cut';

async function outcome(): Promise<Outcome> {
  const response = await t.fetch(POST);
  if (response.status === 429 || response.status >= 500) {
    await response.text();
    return response.status === 429 ? '429' : '5xx';
  }
  try {
    await response.json();
    return 'ok';
  } catch {
    return 'cut';
  }
}

async function run(faultRate: FaultSettings['faultRate'], n: number): Promise<Outcome[]> {
  t.replica.faults.reset();
  t.replica.faults.set({ faultRate });
  const outcomes: Outcome[] = [];
  for (let i = 0; i < n; i += 1) outcomes.push(await outcome());
  return outcomes;
}

describe('faultRate', () => {
  it('faults roughly the configured fraction, the same requests for the same seed', async () => {
    const rate = { probability: 0.1, kinds: ['429', '5xx', 'cut'] as const };
    const first = await run({ ...rate, kinds: [...rate.kinds] }, 500);
    const faulted = first.filter((o) => o !== 'ok').length;
    expect(faulted).toBeGreaterThanOrEqual(30);
    expect(faulted).toBeLessThanOrEqual(75);
    for (const kind of ['429', '5xx', 'cut']) expect(first).toContain(kind);
    const tagged = t.replica.log.entries().filter((e) => e.faults.includes('faultRate'));
    expect(tagged).toHaveLength(faulted);
    expect(await run({ ...rate, kinds: [...rate.kinds] }, 500)).toEqual(first);
    const reseeded = await run({ ...rate, kinds: [...rate.kinds], seed: 99 }, 500);
    expect(reseeded).not.toEqual(first);
  });

  it('timeout holds the response past a client timeout (then 504 after holdMs)', async () => {
    t.replica.faults.set({ faultRate: { probability: 1, kinds: ['timeout'], holdMs: 10_000 } });
    const started = performance.now();
    await expect(t.fetch(POST, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(2_000);
    t.replica.faults.set({ faultRate: { probability: 1, kinds: ['timeout'], holdMs: 150 } });
    const held = performance.now();
    const response = await t.fetch(POST);
    expect(response.status).toBe(504);
    expect(performance.now() - held).toBeGreaterThanOrEqual(140);
    expect((await response.json()).error.code).toBe('DEADLINE_EXCEEDED');
    expect(t.replica.log.entries().at(-1)?.faults).toEqual(['faultRate', 'timeout']);
  });

  it('leaves no trace: a crawl retrying faulted pages gets exactly the clean crawl', async () => {
    const body = searchBody(['1'], { category: { str: { value: 'apartment-sell' } } });
    const clean = (await crawlSearch(t.fetch, body)).map((page) => page.tokens);
    t.replica.faults.set({ faultRate: { probability: 0.3, holdMs: 20 } });
    const pages: string[][] = [];
    let cursor: Json | undefined;
    let failures = 0;
    for (;;) {
      const next = cursor ? { ...body, pagination_data: cursor } : body;
      let json: Json | undefined;
      while (json === undefined) {
        const response = await t.fetch('https://api.divar.ir/v8/postlist/w/search', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(next),
        });
        json = await response.json().then(
          (parsed: Json) => (response.status === 200 ? parsed : undefined),
          () => undefined,
        );
        if (json === undefined) failures += 1;
      }
      pages.push(postTokens(json));
      if (json.pagination?.has_next_page !== true) break;
      cursor = json.pagination.data;
    }
    expect(failures).toBeGreaterThan(3);
    expect(pages).toEqual(clean);
  });

  it('a cut contact answer is not counted as a served number (captchaAfter)', async () => {
    const listing = t.replica.corpus.listings.find(
      (l) => l.source === 'generated' && l.contactMethod === 'CALL',
    );
    if (!listing) throw new Error('no callable listing');
    const jwt = `${Buffer.from('{}').toString('base64url')}.${Buffer.from('{"sub":"u"}').toString('base64url')}.x`;
    const contact = () =>
      postJson(
        t.fetch,
        `https://api.divar.ir/v8/postcontact/web/contact_info_v2/${listing.token}`,
        { contact_uuid: listing.contactUuid },
        { cookie: `sAccessToken=${jwt}` },
      ).catch(() => undefined);
    t.replica.faults.set({ captchaAfter: 1, faultRate: { probability: 1, kinds: ['cut'] } });
    expect(await contact()).toBeUndefined();
    t.replica.faults.set({ faultRate: null });
    expect((await contact())?.json.widget_list[0].data.title).toBe('شمارهٔ موبایل');
    expect((await contact())?.json.hip_action).toBeDefined();
  });
});

describe('rateLimit.perSecond ceiling (sliding window per client)', () => {
  const get = (did?: string) =>
    t.fetch(POST, did ? { headers: { cookie: `did=${did}` } } : {}).then(async (r) => {
      await r.text();
      return { status: r.status, retryAfter: r.headers.get('retry-after') };
    });

  it('answers 429 with Retry-After only beyond the configured rate', async () => {
    t.replica.faults.set({ rateLimit: { perSecond: 5 } });
    const burst = await Promise.all(Array.from({ length: 5 }, () => get()));
    expect(burst.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const over = await get();
    expect(over.status).toBe(429);
    expect(Number(over.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(t.replica.log.entries().at(-1)?.faults).toContain('rateLimit');
  });

  it('never limits a client that stays under the rate', async () => {
    t.replica.faults.set({ rateLimit: { perSecond: 10 } });
    const statuses: number[] = [];
    for (let i = 0; i < 15; i += 1) {
      statuses.push((await get()).status);
      await new Promise((resolve) => setTimeout(resolve, 120));
    }
    expect(statuses.every((s) => s === 200)).toBe(true);
  });

  it('counts per device cookie with by: "device", and frees up as the window slides', async () => {
    t.replica.faults.set({ rateLimit: { perSecond: 2, windowMs: 500, by: 'device' } });
    expect((await get('a')).status).toBe(200);
    expect((await get('a')).status).toBe(429);
    expect((await get('b')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 550));
    expect((await get('a')).status).toBe(200);
  });
});
