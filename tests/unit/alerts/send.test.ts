import { describe, expect, it } from 'vitest';
import { alertMessageFor } from '@/lib/alerts/message';
import { botAnswerSchema } from '@/lib/alerts/schemas';
import { deliver, originOf, permissionOf } from '@/lib/alerts/send';
import type { AlertTarget } from '@/lib/alerts/types';
import { AppError } from '@/lib/errors';
import { CHAT, fakeServer, HITS, HOOK, SEARCH, TOKEN } from './harness';

const message = alertMessageFor(SEARCH, HITS, 0);
const bot = (kind: 'telegram' | 'bale'): AlertTarget => ({
  id: 't1',
  watchId: 'w1',
  kind,
  chatId: CHAT,
  createdAt: 0,
});
const hook: AlertTarget = { id: 't2', watchId: 'w1', kind: 'webhook', url: HOOK, createdAt: 0 };

function setup(expired = false) {
  const server = fakeServer();
  const deps = {
    fetch: server.fetch,
    timeout: () =>
      expired
        ? AbortSignal.abort(new DOMException('timed out', 'TimeoutError'))
        : new AbortController().signal,
  };
  return { server, deps };
}

async function failure(run: Promise<unknown>): Promise<AppError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('delivering an alert', () => {
  it.each([
    ['telegram', 'https://api.telegram.org'],
    ['bale', 'https://tapi.bale.ai'],
  ] as const)(
    '%s: POSTs the chat id and the text to its own host, the token in the path',
    async (kind, origin) => {
      const { server, deps } = setup();
      await deliver(deps, bot(kind), TOKEN, message);
      expect(server.received).toEqual([
        { url: `${origin}/bot${TOKEN}/sendMessage`, body: { chat_id: CHAT, text: message.text } },
      ]);
      expect(permissionOf(bot(kind))).toBe(`${origin}/*`);
    },
  );

  it('a webhook gets the JSON payload (version 1) and never a token', async () => {
    const { server, deps } = setup();
    await deliver(deps, hook, TOKEN, message);
    expect(server.received).toEqual([{ url: HOOK, body: message.payload }]);
    expect(JSON.stringify(server.received)).not.toContain(TOKEN);
    expect(originOf(hook)).toBe('https://hooks.example.com');
  });

  it.each([
    [401, { ok: false, error_code: 401, description: 'Unauthorized' }, 'alert-bad-token'],
    [404, { ok: false, error_code: 404, description: 'Not Found' }, 'alert-bad-token'],
    [
      403,
      { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' },
      'alert-chat',
    ],
    [400, { ok: false, error_code: 400, description: 'Bad Request: chat not found' }, 'alert-chat'],
    [502, '<html>Bad gateway</html>', 'alert-bad-answer'],
  ] as const)('a bot answering %i fails as a typed kind', async (status, body, kind) => {
    const { server, deps } = setup();
    server.answer({ status, body });
    const error = await failure(deliver(deps, bot('telegram'), TOKEN, message));
    expect(error.kind).toBe(kind);
    expect(error.message).not.toContain(TOKEN);
  });

  it('429 carries retry_after as the wait before the next try', async () => {
    const { server, deps } = setup();
    const body = {
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 35',
      parameters: { retry_after: 35 },
    };
    server.answer({ status: 429, body });
    const error = await failure(deliver(deps, bot('bale'), TOKEN, message));
    expect(error.kind).toBe('alert-rate-limit');
    expect(error.details?.retryAfterMs).toBe(35_000);
  });

  it('a 200 that is not a Bot API answer, or says ok: false, is not taken as delivered', async () => {
    const { server, deps } = setup();
    server.answer({ status: 200, body: '<html>captive portal</html>' });
    expect((await failure(deliver(deps, bot('telegram'), TOKEN, message))).kind).toBe(
      'alert-bad-answer',
    );
    server.answer({ status: 200, body: { ok: false, error_code: 403, description: 'Forbidden' } });
    expect((await failure(deliver(deps, bot('telegram'), TOKEN, message))).kind).toBe('alert-chat');
  });

  it('reads a drifting Bot API answer field by field', () => {
    const parsed = botAnswerSchema.parse({
      ok: false,
      error_code: '429',
      parameters: { retry_after: 'soon' },
      extra: 1,
    });
    expect(parsed).toEqual({
      ok: false,
      error_code: undefined,
      parameters: { retry_after: undefined },
    });
    expect(botAnswerSchema.safeParse({ result: {} }).success).toBe(false);
  });

  it.each([
    [500, 'alert-webhook-server'],
    [503, 'alert-webhook-server'],
    [404, 'alert-webhook-refused'],
    [429, 'alert-rate-limit'],
  ] as const)('a webhook answering %i fails as %s', async (status, kind) => {
    const { server, deps } = setup();
    server.answer({ status, body: 'nope', headers: { 'retry-after': '120' } });
    const error = await failure(deliver(deps, hook, undefined, message));
    expect(error.kind).toBe(kind);
    if (kind === 'alert-rate-limit') expect(error.details?.retryAfterMs).toBe(120_000);
  });

  it('a webhook that never answers times out (the injected timeout fires)', async () => {
    const { server, deps } = setup(true);
    server.answer('hang');
    const error = await failure(deliver(deps, hook, undefined, message));
    expect(error.kind).toBe('alert-timeout');
  });

  it('an unreachable host is a network failure that names the host, not the URL with the token', async () => {
    const deps = {
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
      timeout: () => new AbortController().signal,
    };
    const error = await failure(deliver(deps, bot('telegram'), TOKEN, message));
    expect(error.kind).toBe('alert-network');
    expect(error.message).toContain('api.telegram.org');
    expect(error.message).not.toContain(TOKEN);
  });

  it('a bot target without a saved token fails before any request', async () => {
    const { server, deps } = setup();
    expect((await failure(deliver(deps, bot('telegram'), undefined, message))).kind).toBe(
      'alert-bad-token',
    );
    expect(server.received).toEqual([]);
  });
});
