import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { createFakeClock } from '@/lib/http/clock';
import { createRateLimiter } from '@/lib/http/rate-limiter';
import { createHttp } from '@/lib/http/request';

const schema = z.object({ count: z.number() });
type Step = Response | Error | 'hang' | 'cut';

/** A fetch that plays a script of answers and records when each request was made. */
function scriptedFetch(clock: { now(): number }, steps: Step[]) {
  const calls: number[] = [];
  const fetch = (async (_url: string, init?: RequestInit) => {
    calls.push(clock.now());
    const step = steps.shift() ?? new Response('{"count":0}');
    if (step instanceof Error) throw step;
    if (step === 'hang') {
      return new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    }
    if (step === 'cut') {
      const body = new ReadableStream({ start: (c) => c.error(new TypeError('terminated')) });
      return new Response(body);
    }
    return step;
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

function setup(steps: Step[], random = () => 1) {
  const clock = createFakeClock(1_000_000);
  const { fetch, calls } = scriptedFetch(clock, steps);
  const request = createHttp(
    { fetch, clock, random },
    { timeoutMs: 5_000, retries: 3, baseDelayMs: 500, maxDelayMs: 8_000 },
  );
  const get = () => clock.run(request({ url: 'https://api.divar.ir/x', schema }));
  return { clock, calls, get };
}

const json = (body: unknown, init?: ResponseInit) => new Response(JSON.stringify(body), init);

describe('createHttp', () => {
  it('returns the parsed answer', async () => {
    expect(await setup([json({ count: 3, extra: 'ignored' })]).get()).toEqual({ count: 3 });
  });

  it('retries network errors, 5xx, timeouts and cut bodies with growing full-jitter delays', async () => {
    const { get, calls } = setup([
      new TypeError('offline'),
      json({}, { status: 502 }),
      'hang',
      json({ count: 1 }),
    ]);
    expect(await get()).toEqual({ count: 1 });
    const gaps = calls.slice(1).map((t, i) => t - (calls[i] ?? 0));
    // random() = 1 gives the full cap: 500, 1000, then 5000 (timeout) + 2000.
    expect(gaps).toEqual([500, 1000, 7000]);
    const cut = setup(['cut', json({ count: 2 })]);
    expect(await cut.get()).toEqual({ count: 2 });
  });

  it('never retries sooner than Retry-After on 429', async () => {
    const { get, calls } = setup(
      [json({}, { status: 429, headers: { 'retry-after': '30' } }), json({ count: 1 })],
      () => 0,
    );
    expect(await get()).toEqual({ count: 1 });
    expect((calls[1] ?? 0) - (calls[0] ?? 0)).toBe(30_000);
  });

  it('gives up after the retries with the last error', async () => {
    const { get, calls } = setup(Array.from({ length: 5 }, () => json({}, { status: 503 })));
    await expect(get()).rejects.toMatchObject({ kind: 'http', details: { status: 503 } });
    expect(calls).toHaveLength(4);
  });

  it.each<[string, Step, object]>([
    ['auth', json({}, { status: 401 }), { status: 401 }],
    ['auth', new Response('{"error":"jwt is expired"}', { status: 403 }), { status: 403 }],
    ['captcha', json({ hip_action: { type: 'CAPTCHA' } }, { status: 403 }), { status: 403 }],
    ['captcha', json({ hip_action: {} }), { status: 200 }],
    ['not-found', json({ message: 'آگهی یافت نشد' }, { status: 404 }), { status: 404 }],
    ['http', json({}, { status: 400 }), { status: 400 }],
    ['schema', json({ count: 'three' }), { path: 'count' }],
    ['schema', new Response('<html>blocked</html>'), { path: '(body)' }],
  ])('does not retry answer %# (%s)', async (kind, step, details) => {
    const { get, calls } = setup([step, json({ count: 1 })]);
    const error = await get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind, details });
    expect(calls).toHaveLength(1);
  });

  it('stops at once, without a typed error, when the caller aborts', async () => {
    const clock = createFakeClock();
    const { fetch } = scriptedFetch(clock, ['hang']);
    const request = createHttp(
      { fetch, clock, random: () => 1 },
      { timeoutMs: 5_000, retries: 3, baseDelayMs: 1, maxDelayMs: 1 },
    );
    const controller = new AbortController();
    const pending = request({ url: 'https://api.divar.ir/x', schema, signal: controller.signal });
    controller.abort(new DOMException('paused', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('paces requests through the host limiter and slows it on 429', async () => {
    const clock = createFakeClock();
    const limiter = createRateLimiter({ ratePerSecond: 2, burst: 1 }, clock, () => 0);
    const steps: Step[] = [
      json({ count: 1 }),
      json({ count: 1 }),
      json({}, { status: 429 }),
      json({ count: 1 }),
    ];
    const { fetch, calls } = scriptedFetch(clock, steps);
    const request = createHttp(
      {
        fetch,
        clock,
        random: () => 0,
        limiterFor: (host) => (host === 'api.divar.ir' ? limiter : undefined),
      },
      { timeoutMs: 5_000, retries: 2, baseDelayMs: 0, maxDelayMs: 0 },
    );
    const get = () => clock.run(request({ url: 'https://api.divar.ir/x', schema }));
    await get();
    await get();
    await get();
    expect(calls).toEqual([0, 500, 1000, 2000]); // 2/s, then halved to 1/s after the 429
    expect(limiter.rate()).toBeGreaterThan(1);
  });
});
