import { AppError, type ErrorKind } from '../errors';
import { botAnswerSchema } from './schemas';
import type { AlertMessage, AlertTarget } from './types';

/** The Bot API hosts: Telegram's and Bale's (whose API copies Telegram's). */
export const BOT_ORIGINS = {
  telegram: 'https://api.telegram.org',
  bale: 'https://tapi.bale.ai',
} as const;

/** How long a delivery may take before it counts as a timeout, ms. */
export const SEND_TIMEOUT_MS = 15_000;

/** What sending is built from: fetch, a timeout signal (tests abort it by hand), the token. */
export interface SendDeps {
  fetch: typeof fetch;
  /** A signal that aborts after `ms` (AbortSignal.timeout in the browser). */
  timeout(ms: number): AbortSignal;
}

/** The origin a target's requests go to, and the only one its token is ever sent to. */
export function originOf(target: Pick<AlertTarget, 'kind' | 'url'>): string {
  if (target.kind === 'webhook') return new URL(target.url ?? '').origin;
  return BOT_ORIGINS[target.kind];
}

/** The optional host permission a target needs (`https://host/*`). */
export const permissionOf = (target: Pick<AlertTarget, 'kind' | 'url'>) => `${originOf(target)}/*`;

const fail = (kind: ErrorKind, message: string, status?: number, retryAfterMs?: number) =>
  new AppError(kind, message, {
    details: {
      ...(status === undefined ? {} : { status }),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    },
  });

/** Seconds of a `Retry-After` header (a number of seconds; dates are rare and read as absent). */
function retryAfterHeader(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

async function post(deps: SendDeps, url: string, body: unknown): Promise<Response> {
  try {
    return await deps.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: deps.timeout(SEND_TIMEOUT_MS),
      credentials: 'omit',
      redirect: 'error',
    });
  } catch (error) {
    const isTimeout = error instanceof DOMException && error.name === 'TimeoutError';
    const isAbort = error instanceof DOMException && error.name === 'AbortError';
    // The message names the host only: the URL of a bot holds its token.
    const host = new URL(url).host;
    if (isTimeout || isAbort) throw fail('alert-timeout', `no answer from ${host}`);
    throw fail(
      'alert-network',
      `${host} unreachable: ${String((error as Error).message ?? error)}`,
    );
  }
}

/** Reads a Bot API failure: 401 wrong token, 403/400 the chat, 429 with `retry_after`. */
async function botFailure(response: Response): Promise<AppError> {
  const parsed = botAnswerSchema.safeParse(await response.json().catch(() => undefined));
  const answer = parsed.success ? parsed.data : undefined;
  const status = answer?.error_code ?? response.status;
  const said = answer?.description ?? `HTTP ${response.status}`;
  if (status === 401 || status === 404) return fail('alert-bad-token', said, status);
  if (status === 403 || status === 400) return fail('alert-chat', said, status);
  if (status === 429) {
    const seconds = answer?.parameters?.retry_after;
    return fail(
      'alert-rate-limit',
      said,
      429,
      seconds ? seconds * 1000 : retryAfterHeader(response),
    );
  }
  if (!answer) return fail('alert-bad-answer', `not a Bot API answer (HTTP ${response.status})`);
  return fail('alert-network', said, status);
}

/** Sends one message through a bot: POST /bot<token>/sendMessage with the chat id and text. */
async function sendBot(deps: SendDeps, target: AlertTarget, token: string, message: AlertMessage) {
  const url = `${originOf(target)}/bot${token}/sendMessage`;
  const response = await post(deps, url, { chat_id: target.chatId, text: message.text });
  if (!response.ok) throw await botFailure(response);
  const parsed = botAnswerSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw fail('alert-bad-answer', 'the answer is not a Bot API answer');
  if (!parsed.data.ok) throw await botFailure(new Response(JSON.stringify(parsed.data)));
}

/** POSTs the JSON payload to a webhook; any 2xx is delivered, the body is not read. */
async function sendWebhook(deps: SendDeps, target: AlertTarget, message: AlertMessage) {
  const response = await post(deps, target.url ?? '', message.payload);
  if (response.ok) return;
  const { status } = response;
  if (status === 429) throw fail('alert-rate-limit', 'HTTP 429', 429, retryAfterHeader(response));
  if (status >= 500) throw fail('alert-webhook-server', `HTTP ${status}`, status);
  throw fail('alert-webhook-refused', `HTTP ${status}`, status);
}

/**
 * Delivers a message to one target or throws an AppError of an `alert-*` kind. A bot's token is
 * put only into the URL of its own host and never into an error's words.
 */
export async function deliver(
  deps: SendDeps,
  target: AlertTarget,
  token: string | undefined,
  message: AlertMessage,
): Promise<void> {
  if (target.kind === 'webhook') return sendWebhook(deps, target, message);
  if (!token) throw fail('alert-bad-token', 'no bot token saved');
  try {
    await sendBot(deps, target, token, message);
  } catch (error) {
    if (error instanceof AppError && error.message.includes(token))
      throw fail(
        error.kind,
        error.message.split(token).join('[token]'),
        error.details?.status,
        error.details?.retryAfterMs,
      );
    throw error;
  }
}
