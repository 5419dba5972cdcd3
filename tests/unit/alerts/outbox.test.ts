import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FIRST_RETRY_MS,
  MAX_RETRY_MS,
  MIN_ALARM_MS,
  nextAttemptAt,
  OUTBOX_ALARM,
} from '@/lib/alerts/backoff';
import { MAX_OUTBOX_PER_TARGET } from '@/lib/alerts/store';
import type { OutboxEntry } from '@/lib/alerts/types';
import type { WatchHit } from '@/lib/watch/types';
import { alertHarness, CHAT, HITS, HOOK, SEARCH, TOKEN } from './harness';

const MINUTE = 60_000;

async function withTelegram(granted = true) {
  const h = alertHarness(granted);
  const [target] = await h.service.add({
    watchId: 'w1',
    kind: 'telegram',
    chatId: CHAT,
    token: TOKEN,
  });
  if (!target) throw new Error('no target');
  return { ...h, target };
}

describe('the backoff of failed deliveries', () => {
  it('doubles from one minute to six hours, spreads ±10%, and waits at least what a 429 asked', () => {
    const mid = () => 0.5;
    expect(nextAttemptAt(0, 1, {}, mid)).toBe(FIRST_RETRY_MS);
    expect(nextAttemptAt(0, 2, {}, mid)).toBe(2 * FIRST_RETRY_MS);
    expect(nextAttemptAt(0, 4, {}, mid)).toBe(8 * FIRST_RETRY_MS);
    expect(nextAttemptAt(0, 30, {}, mid)).toBe(MAX_RETRY_MS);
    expect(nextAttemptAt(0, 1, {}, () => 0)).toBe(0.9 * FIRST_RETRY_MS);
    expect(nextAttemptAt(0, 1, {}, () => 1)).toBe(1.1 * FIRST_RETRY_MS);
    expect(nextAttemptAt(0, 1, { details: { retryAfterMs: 35 * MINUTE } }, mid)).toBe(35 * MINUTE);
    expect(nextAttemptAt(0, 0, {}, () => 0)).toBeGreaterThanOrEqual(MIN_ALARM_MS);
  });
});

describe('the outbox', () => {
  afterEach(() => vi.restoreAllMocks());

  it('delivers news at once and leaves nothing waiting', async () => {
    const { service, server, due } = await withTelegram();
    await service.enqueue(SEARCH, HITS, 0);
    expect(server.received).toHaveLength(1);
    expect((await service.list('w1'))[0]).toMatchObject({ pending: 0, hasToken: true });
    expect(due.has(OUTBOX_ALARM)).toBe(false);
  });

  it('keeps a failed message, shows why and when, and retries it by alarm with a growing wait until it goes', async () => {
    const { service, server, clock, due, target } = await withTelegram();
    server.answer({ status: 500, body: { ok: false, error_code: 500, description: 'Internal' } });
    await service.enqueue(SEARCH, HITS, 0);
    let [view] = await service.list('w1');
    expect(view).toMatchObject({ pending: 1, failure: { kind: 'alert-network' } });
    expect(view?.failure?.nextAttemptAt).toBe(clock.now() + FIRST_RETRY_MS);
    expect(due.get(OUTBOX_ALARM)).toBe(clock.now() + FIRST_RETRY_MS);

    // An early alarm sends nothing; a due one tries again and doubles the wait.
    await service.onAlarm(OUTBOX_ALARM);
    expect(server.received).toHaveLength(1);
    clock.advance(FIRST_RETRY_MS);
    await service.onAlarm(OUTBOX_ALARM);
    expect(server.received).toHaveLength(2);
    [view] = await service.list('w1');
    expect(view?.failure?.nextAttemptAt).toBe(clock.now() + 2 * FIRST_RETRY_MS);

    server.answer({ status: 200 });
    clock.advance(2 * FIRST_RETRY_MS);
    expect(await service.onAlarm(OUTBOX_ALARM)).toBe(true);
    expect(server.received).toHaveLength(3);
    expect(server.received[2]?.body).toEqual(server.received[0]?.body);
    expect(await service.list('w1')).toEqual([
      expect.objectContaining({ id: target.id, pending: 0 }),
    ]);
    expect(due.has(OUTBOX_ALARM)).toBe(false);
  });

  it('a failing host is tried once per round; its later messages wait behind the first, in order', async () => {
    const { service, server, clock } = await withTelegram();
    server.answer({ status: 500, body: { ok: false } });
    const news = (i: number) => [{ ...(HITS[0] as WatchHit), title: `listing number ${i}` }];
    for (let i = 0; i < 3; i++) await service.enqueue(SEARCH, news(i), i);
    expect(server.received).toHaveLength(3); // each enqueue tried its own message once
    clock.advance(MAX_RETRY_MS * 2);
    const { waiting } = await service.flush();
    expect(waiting).toBe(3);
    expect(server.received).toHaveLength(4);
    server.answer({ status: 200 });
    clock.advance(MAX_RETRY_MS * 2);
    expect(await service.flush()).toEqual({ delivered: 3, waiting: 0 });
    const order = server.received
      .slice(4)
      .map((r) => /listing number (\d)/.exec((r.body as { text: string }).text)?.[1]);
    expect(order).toEqual(['0', '1', '2']);
  });

  it('a round over many waiting messages of a failing host writes the outbox twice, not once each', async () => {
    const { service, server, clock, area } = await withTelegram();
    server.answer({ status: 500, body: { ok: false } });
    const news = (i: number) => [{ ...(HITS[0] as WatchHit), title: `listing number ${i}` }];
    for (let i = 0; i < 40; i++) await service.enqueue(SEARCH, news(i), i);
    clock.advance(MAX_RETRY_MS * 2);
    const writes = vi.spyOn(area, 'setItem');
    expect(await service.flush()).toEqual({ delivered: 0, waiting: 40 });
    const outboxWrites = writes.mock.calls.filter(([key]) => String(key).endsWith(':outbox'));
    expect(outboxWrites).toHaveLength(2); // the failed try at once; the 39 held back together
    const [first, ...held] = (await area.getItem<OutboxEntry[]>('local:alerts:v1:outbox')) ?? [];
    expect(first?.attempts).toBeGreaterThan(0);
    expect(new Set(held.map((e) => e.nextAttemptAt))).toEqual(new Set([first?.nextAttemptAt]));
  });

  it('a 429 waits the retry_after it names; "try now" sends at once after a fix', async () => {
    const { service, server, clock, due, target } = await withTelegram();
    server.answer({
      status: 429,
      body: { ok: false, error_code: 429, parameters: { retry_after: 900 } },
    });
    await service.enqueue(SEARCH, HITS, 0);
    expect(due.get(OUTBOX_ALARM)).toBe(clock.now() + 900_000);
    server.answer({ status: 200 });
    expect(await service.retryNow(target.id)).toEqual({ delivered: 1, waiting: 0 });
  });

  it('a target saved before its host is allowed waits: nothing is sent, it says why, and goes once allowed', async () => {
    const { service, server, access, clock } = alertHarness(false);
    const [view] = await service.add({ watchId: 'w1', kind: 'webhook', url: HOOK });
    expect(view).toMatchObject({ isAllowed: false, pending: 0 });
    await service.enqueue(SEARCH, HITS, 0);
    expect(server.received).toEqual([]);
    expect((await service.list('w1'))[0]).toMatchObject({
      pending: 1,
      failure: { kind: 'alert-permission' },
    });
    await expect(service.test(view?.id ?? '')).rejects.toMatchObject({ kind: 'alert-permission' });
    access.granted = true;
    clock.advance(FIRST_RETRY_MS);
    await service.onAlarm(OUTBOX_ALARM);
    expect(server.received).toHaveLength(1);
    expect((await service.list('w1'))[0]).toMatchObject({ isAllowed: true, pending: 0 });
  });

  it('refuses a webhook that is not https, a bad chat id and a token of the wrong shape', async () => {
    const { service } = alertHarness();
    await expect(
      service.add({ watchId: 'w1', kind: 'webhook', url: 'http://hooks.example.com/x' }),
    ).rejects.toMatchObject({ kind: 'bad-message' });
    await expect(service.add({ watchId: 'w1', kind: 'webhook', url: '' })).rejects.toMatchObject({
      kind: 'bad-message',
    });
    await expect(
      service.add({ watchId: 'w1', kind: 'webhook', url: 'https://me:pw@hooks.example.com/' }),
    ).rejects.toMatchObject({ kind: 'bad-message' });
    await expect(
      service.add({ watchId: 'w1', kind: 'bale', chatId: 'me', token: TOKEN }),
    ).rejects.toMatchObject({ kind: 'bad-message' });
    await expect(
      service.add({ watchId: 'w1', kind: 'bale', chatId: CHAT, token: 'nope' }),
    ).rejects.toMatchObject({ kind: 'alert-bad-token' });
    await expect(
      service.add({ watchId: 'gone', kind: 'webhook', url: HOOK }),
    ).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('a test message goes now and its failure is thrown, not queued', async () => {
    const { service, server, target } = await withTelegram();
    expect(await service.test(target.id)).toEqual({ sent: true });
    server.answer({
      status: 401,
      body: { ok: false, error_code: 401, description: 'Unauthorized' },
    });
    await expect(service.test(target.id)).rejects.toMatchObject({ kind: 'alert-bad-token' });
    expect((await service.list('w1'))[0]?.pending).toBe(0);
  });

  it('past the cap the oldest waiting messages are counted as dropped, never silently', async () => {
    const { service, server, area, target } = await withTelegram();
    server.answer({ status: 500, body: { ok: false } });
    for (let i = 0; i < MAX_OUTBOX_PER_TARGET + 2; i++) await service.enqueue(SEARCH, HITS, i);
    expect((await service.list('w1'))[0]?.pending).toBe(MAX_OUTBOX_PER_TARGET);
    expect(area.data.get('local:alerts:v1:dropped')).toEqual({ [target.id]: 2 });
    expect((await service.list('w1'))[0]?.dropped).toBe(2);
  });

  it('removing a watch forgets its targets, tokens and waiting messages', async () => {
    const { service, server, area, due } = await withTelegram();
    server.answer({ status: 500, body: { ok: false } });
    await service.enqueue(SEARCH, HITS, 0);
    await service.removeWatch('w1');
    expect(await service.list('w1')).toEqual([]);
    expect(area.data.get('local:alerts:v1:tokens')).toEqual({});
    expect(area.data.get('local:alerts:v1:outbox')).toEqual([]);
    expect(due.has(OUTBOX_ALARM)).toBe(false);
  });

  it('the bot token is in no answer, no outbox entry, no error and no log line', async () => {
    const logged: unknown[] = [];
    for (const level of ['log', 'debug', 'info', 'warn', 'error'] as const)
      vi.spyOn(console, level).mockImplementation((...args) => void logged.push(...args));
    const { service, server, area, target } = await withTelegram();
    server.answer({
      status: 401,
      body: { ok: false, error_code: 401, description: `bad ${TOKEN}` },
    });
    await service.enqueue(SEARCH, HITS, 0);
    const thrown = await service.test(target.id).catch((e: unknown) => e);
    const views = await service.list('w1');
    expect(views[0]?.failure?.kind).toBe('alert-bad-token');
    const outside = JSON.stringify([
      views,
      area.data.get('local:alerts:v1:outbox'),
      String(thrown),
      logged,
    ]);
    expect(outside).not.toContain(TOKEN);
    expect(outside).not.toContain(TOKEN.split(':')[1]);
    // It is kept (apart from the targets) and sent only to its own host.
    expect(area.data.get('local:alerts:v1:tokens')).toEqual({ [target.id]: TOKEN });
    expect(server.received.every((r) => r.url.startsWith('https://api.telegram.org/bot'))).toBe(
      true,
    );
  });
});
