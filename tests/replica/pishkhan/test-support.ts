/** Helpers for the Pishkhan replica's tests and the browser tests (not a test file). */

import { systemClock } from '../../../lib/http/clock.ts';
import { createPishkhanClient } from '../../../lib/pishkhan/client.ts';
import { fetchTransport } from '../../../lib/pishkhan/transport.ts';
import { DEMO_PISHKHAN_APP } from './state.ts';

const ORIGIN = 'https://api.pishkhan.cafebazaar.ir';

/** POSTs JSON to a Pishkhan control route and returns the state snapshot. */
export async function pishkhanControl(fetcher: typeof fetch, path: string, body: unknown = {}) {
  const response = await fetcher(`${ORIGIN}/__replica/pishkhan/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** The extension's own client, over a replica fetch, with `token` (the demo app's by default). */
export function replicaPishkhanClient(fetcher: typeof fetch, token = DEMO_PISHKHAN_APP.token) {
  return createPishkhanClient({
    transport: fetchTransport(fetcher, systemClock),
    token: async () => token,
  });
}
