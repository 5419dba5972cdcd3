/**
 * The alert side of a replica: a fake Telegram and Bale Bot API (the user's bot: its token and the
 * chats that started it) and a fake webhook receiver, each recording what it received and able to
 * be told to fail the next calls.
 */
import type { ReplicaState } from '../server/state.ts';

/** The bot hosts, and the webhook receiver's host. */
export const BOT_HOSTS = ['api.telegram.org', 'tapi.bale.ai'] as const;
export const HOOK_HOST = 'hooks.alerts.test';
/** Every alert host the replica plays. */
export const ALERT_HOSTS = [...BOT_HOSTS, HOOK_HOST] as const;

/** The bot the demo and the tests use, and a chat that pressed Start in it. */
export const DEMO_BOT = {
  token: '5550001111:AAReplicaBotTokenForAlerts_0123456',
  chatId: '424242',
};

/** One message a fake received: the host, the chat (bots) or path (webhooks), the JSON body. */
export interface AlertReceived {
  host: string;
  path: string;
  /** Bots: the chat the message went to (the token is never recorded). */
  chatId?: string;
  body: unknown;
  at: number;
}

/** A failure the next `times` calls to `host` answer with (a status, Bot API style for bots). */
export interface AlertFailure {
  host: string;
  status: number;
  times: number;
  /** Seconds, sent as `parameters.retry_after` (bots) or `Retry-After` (webhooks) on a 429. */
  retryAfter?: number;
}

/** The state of the fakes. */
export interface AlertsState {
  /** The valid token of each bot host. */
  tokens: Map<string, string>;
  /** Chats that started the bot; `blocked` ones answer 403. */
  chats: Map<string, 'ok' | 'blocked'>;
  received: AlertReceived[];
  failures: AlertFailure[];
}

const states = new WeakMap<ReplicaState, AlertsState>();

function freshState(): AlertsState {
  return {
    tokens: new Map(BOT_HOSTS.map((host) => [host, DEMO_BOT.token])),
    chats: new Map([[DEMO_BOT.chatId, 'ok']]),
    received: [],
    failures: [],
  };
}

/** The alert fakes' state of a replica (created on first use). */
export function alertsStateOf(replica: ReplicaState): AlertsState {
  let state = states.get(replica);
  if (!state) {
    state = freshState();
    states.set(replica, state);
  }
  return state;
}

/** Forgets what was received and every failure told. */
export function resetAlertsState(replica: ReplicaState): AlertsState {
  states.delete(replica);
  return alertsStateOf(replica);
}

/** The failure the next call to `host` answers with, used up one call at a time. */
export function takeFailure(state: AlertsState, host: string): AlertFailure | undefined {
  const failure = state.failures.find((f) => f.host === host && f.times > 0);
  if (failure) failure.times--;
  return failure;
}
