/** A scripted fetch and a client over it, for the Kenar unit tests (not a test file). */

import { createFakeClock } from '@/lib/http/clock';
import { createHttp } from '@/lib/http/request';
import { createKenarClient } from '@/lib/kenar/client';
import { withKenarErrors } from '@/lib/kenar/kenar-errors';

/** One request the fake saw. */
export interface SeenRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A JSON answer. */
export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fetch answering from `answer` and recording every request. */
export function scriptedFetch(answer: (request: SeenRequest, index: number) => Response) {
  const seen: SeenRequest[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = init?.body;
    const request: SeenRequest = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init?.headers)),
      body:
        typeof body === 'string'
          ? body
          : body instanceof Blob
            ? `blob:${body.size}:${body.type}`
            : body === undefined || body === null
              ? undefined
              : String(body),
    };
    seen.push(request);
    return answer(request, seen.length - 1);
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

/** A Kenar client with key `KEY` and tokens `AT1` (then `AT2` after a renewal). */
export function fakeClient(
  answer: (request: SeenRequest, index: number) => Response,
  apiKey: string | null = 'KEY',
) {
  const { fetch, seen } = scriptedFetch(answer);
  const clock = createFakeClock(1_000);
  const request = createHttp(
    { fetch: withKenarErrors(fetch), clock, random: () => 0 },
    { timeoutMs: 5_000, retries: 0, baseDelayMs: 1, maxDelayMs: 1 },
  );
  const renewals: boolean[] = [];
  const client = createKenarClient({
    request,
    getApiKey: async () => apiKey ?? undefined,
    getAccessToken: async (options) => {
      renewals.push(Boolean(options?.renew));
      return options?.renew ? 'AT2' : 'AT1';
    },
  });
  return { client, seen, renewals };
}
