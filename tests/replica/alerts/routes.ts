/**
 * The fake Bot API of api.telegram.org and tapi.bale.ai (`POST /bot<token>/sendMessage`, answers
 * as Telegram's: `{ok, result}` or `{ok: false, error_code, description, parameters}`) and the
 * fake webhook receiver of hooks.alerts.test (any POST; 200 `{}`). Both record what they got.
 */
import { jsonResponse, type RouteContext, type RouteGroup } from '../server/http-types.ts';
import { type AlertFailure, alertsStateOf, takeFailure } from './state.ts';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Bad Request: chat not found',
  401: 'Unauthorized',
  403: 'Forbidden: bot was blocked by the user',
  429: 'Too Many Requests: retry after',
  500: 'Internal Server Error',
};

function readJson(context: RouteContext): unknown {
  try {
    return JSON.parse(context.request.body.toString('utf8'));
  } catch {
    return undefined;
  }
}

const botError = (status: number, retryAfter?: number) =>
  jsonResponse(status, {
    ok: false,
    error_code: status,
    description: `${DESCRIPTIONS[status] ?? 'Error'}${retryAfter ? ` ${retryAfter}` : ''}`,
    ...(retryAfter ? { parameters: { retry_after: retryAfter } } : {}),
  });

const told = (failure: AlertFailure, isBot: boolean) =>
  isBot
    ? botError(failure.status, failure.retryAfter)
    : jsonResponse(
        failure.status,
        { error: 'told to fail' },
        failure.retryAfter ? { 'retry-after': String(failure.retryAfter) } : {},
      );

function sendMessage(context: RouteContext) {
  const { host } = context.request;
  const state = alertsStateOf(context.state);
  const failure = takeFailure(state, host);
  if (failure) return told(failure, true);
  if (context.params[0] !== state.tokens.get(host)) return botError(401);
  const body = readJson(context) as { chat_id?: unknown; text?: unknown } | undefined;
  const chatId = String(body?.chat_id ?? '');
  const chat = state.chats.get(chatId);
  if (!chat || typeof body?.text !== 'string' || body.text === '') return botError(400);
  if (chat === 'blocked') return botError(403);
  state.received.push({ host, path: '/sendMessage', chatId, body, at: context.state.now() });
  const messageId = state.received.length;
  return jsonResponse(200, {
    ok: true,
    result: { message_id: messageId, chat: { id: Number(chatId) }, date: 0, text: body.text },
  });
}

/** The Bot API group of both bot hosts. */
export const botRoutes: RouteGroup = {
  name: 'alerts-bot',
  faultScope: 'control',
  owns: (path) => path.startsWith('/bot'),
  routes: [{ method: 'POST', path: /^\/bot([^/]+)\/sendMessage$/, handle: sendMessage }],
  notFound: () => botError(404),
};

/** The webhook receiver: any POST is received (or failed as told). */
export const hookRoutes: RouteGroup = {
  name: 'alerts-hook',
  faultScope: 'control',
  owns: (path) => !path.startsWith('/__replica/'),
  routes: [
    {
      method: 'POST',
      path: /^\/.*$/,
      handle: (context) => {
        const state = alertsStateOf(context.state);
        const failure = takeFailure(state, context.request.host);
        if (failure) return told(failure, false);
        const { host, url } = context.request;
        state.received.push({
          host,
          path: url.pathname,
          body: readJson(context),
          at: context.state.now(),
        });
        return jsonResponse(200, {});
      },
    },
  ],
  notFound: () => jsonResponse(405, { error: 'POST only' }),
};
