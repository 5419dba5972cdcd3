/** Helpers for the alert fakes' tests and the browser tests (not a test file). */
import type { AlertFailure, AlertReceived } from './state.ts';

const CONTROL = 'https://hooks.alerts.test/__replica/alerts';

/** What the alert fakes hold: every message received, the failures still told. */
export interface AlertsSnapshot {
  received: AlertReceived[];
  failures: AlertFailure[];
  chats: Record<string, 'ok' | 'blocked'>;
}

/** The alert fakes' controls over a replica fetch. */
export function alertsControl(fetcher: typeof fetch) {
  const post = async (path: string, body: unknown = {}): Promise<AlertsSnapshot> => {
    const response = await fetcher(`${CONTROL}/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`control ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as AlertsSnapshot;
  };
  return {
    reset: () => post('reset'),
    /** Tells `host` to answer its next `times` calls with `status`. */
    fail: (failure: Omit<AlertFailure, 'times'> & { times?: number }) => post('fail', failure),
    chat: (chatId: string, state: 'ok' | 'blocked') => post('chat', { chatId, state }),
    state: async () => (await (await fetcher(`${CONTROL}/state`)).json()) as AlertsSnapshot,
  };
}
