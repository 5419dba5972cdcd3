import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { alertMessageFor } from '../../../lib/alerts/message.ts';
import { deliver } from '../../../lib/alerts/send.ts';
import type { AlertTarget } from '../../../lib/alerts/types.ts';
import { AppError } from '../../../lib/errors.ts';
import { SEARCH } from '../../unit/alerts/harness.ts';
import { createReplicaFetch, type Replica, startReplica } from '../index.ts';
import { DEMO_BOT } from './state.ts';
import { alertsControl } from './test-support.ts';

let replica: Replica;
let control: ReturnType<typeof alertsControl>;
let deps: { fetch: typeof fetch; timeout: () => AbortSignal };

beforeAll(async () => {
  replica = await startReplica({ port: 0 });
  const fetcher = createReplicaFetch(replica);
  control = alertsControl(fetcher);
  deps = { fetch: fetcher, timeout: () => new AbortController().signal };
});
afterAll(() => replica.close());
beforeEach(() => control.reset());

const message = alertMessageFor(
  SEARCH,
  [
    {
      kind: 'new',
      token: 'abc',
      url: 'https://divar.ir/v/abc',
      title: 'آپارتمان',
      at: 0,
      price: 5,
    },
  ],
  0,
);
const bot = (kind: 'telegram' | 'bale', chatId = DEMO_BOT.chatId): AlertTarget => ({
  id: 't',
  watchId: 'w1',
  kind,
  chatId,
  createdAt: 0,
});
const hook: AlertTarget = {
  id: 'h',
  watchId: 'w1',
  kind: 'webhook',
  url: 'https://hooks.alerts.test/divar',
  createdAt: 0,
};
const kindOf = (run: Promise<unknown>) =>
  run.then(
    () => 'delivered',
    (e: unknown) => (e instanceof AppError ? e.kind : String(e)),
  );

describe('the alert fakes of the replica', () => {
  it('Telegram and Bale receive a message from their bot and record it', async () => {
    await deliver(deps, bot('telegram'), DEMO_BOT.token, message);
    await deliver(deps, bot('bale'), DEMO_BOT.token, message);
    const { received } = await control.state();
    expect(received.map((r) => [r.host, r.chatId])).toEqual([
      ['api.telegram.org', DEMO_BOT.chatId],
      ['tapi.bale.ai', DEMO_BOT.chatId],
    ]);
    expect(received[0]?.body).toEqual({ chat_id: DEMO_BOT.chatId, text: message.text });
    expect(JSON.stringify(received)).not.toContain(DEMO_BOT.token);
  });

  it('a wrong token is 401, an unknown chat 400, a chat that blocked the bot 403', async () => {
    expect(
      await kindOf(deliver(deps, bot('telegram'), '1:wrongwrongwrongwrongwrong', message)),
    ).toBe('alert-bad-token');
    expect(await kindOf(deliver(deps, bot('telegram', '999'), DEMO_BOT.token, message))).toBe(
      'alert-chat',
    );
    await control.chat(DEMO_BOT.chatId, 'blocked');
    expect(await kindOf(deliver(deps, bot('bale'), DEMO_BOT.token, message))).toBe('alert-chat');
    expect((await control.state()).received).toEqual([]);
  });

  it('told to fail, a bot answers 429 with retry_after once, then delivers', async () => {
    await control.fail({ host: 'api.telegram.org', status: 429, retryAfter: 30 });
    const first = await deliver(deps, bot('telegram'), DEMO_BOT.token, message).catch((e) => e);
    expect(first).toMatchObject({ kind: 'alert-rate-limit', details: { retryAfterMs: 30_000 } });
    expect(await kindOf(deliver(deps, bot('telegram'), DEMO_BOT.token, message))).toBe('delivered');
  });

  it('the webhook receives the JSON payload, and answers 500 twice when told', async () => {
    await control.fail({ host: 'hooks.alerts.test', status: 500, times: 2 });
    expect(await kindOf(deliver(deps, hook, undefined, message))).toBe('alert-webhook-server');
    expect(await kindOf(deliver(deps, hook, undefined, message))).toBe('alert-webhook-server');
    expect(await kindOf(deliver(deps, hook, undefined, message))).toBe('delivered');
    const { received } = await control.state();
    expect(received).toEqual([
      expect.objectContaining({ host: 'hooks.alerts.test', path: '/divar', body: message.payload }),
    ]);
  });
});
