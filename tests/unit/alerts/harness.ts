/** Fakes for the alert tests: a bot and webhook server over fetch, a clock, alarms (not a test file). */
import { createAlertService } from '@/lib/alerts/service';
import { createAlertStore } from '@/lib/alerts/store';
import type { WatchedSearch, WatchHit } from '@/lib/watch/types';
import { memoryArea } from '../kenar/memory-area';

/** A token shaped like BotFather's. */
export const TOKEN = '123456789:AAFakeTokenForTests_abcdefghijkl-XYZ';
export const CHAT = '987654321';
export const HOOK = 'https://hooks.example.com/divar?key=1';

/** One request the fake servers received. */
export interface Received {
  url: string;
  body: unknown;
}

/** What the next answers are: a status and body per call (the last one repeats), or a hang. */
export type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | 'hang';

/** A fetch that answers from a script and records what it got; a hang waits for the signal. */
export function fakeServer() {
  const received: Received[] = [];
  let script: Answer[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    received.push({ url, body: JSON.parse(String(init?.body ?? 'null')) });
    const answer = script.length > 1 ? script.shift() : script[0];
    if (answer === 'hang')
      return new Promise<Response>((_, reject) => {
        const signal = init?.signal;
        if (signal?.aborted) reject(signal.reason);
        signal?.addEventListener('abort', () => reject(signal.reason));
      });
    const { status = 200, body = { ok: true, result: {} }, headers = {} } = answer ?? {};
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return new Response(text, { status, headers });
  };
  return {
    received,
    fetch: fetch as typeof globalThis.fetch,
    answer: (...next: Answer[]) => {
      script = next;
    },
  };
}

/** A manual clock. */
export function fakeClock(start = Date.UTC(2026, 10, 20, 9)) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** A watched search to alert about. */
export const SEARCH: WatchedSearch = {
  id: 'w1',
  name: 'آپارتمان‌های من',
  named: true,
  url: 'https://divar.ir/s/tehran/buy-apartment',
  intervalMinutes: 15,
  createdAt: 0,
  paused: false,
  hasBaseline: true,
  failures: 0,
  unseen: 0,
};

/** A new listing and a price drop, as a check finds them. */
export const HITS: WatchHit[] = [
  {
    kind: 'new',
    token: 'gZ1abc',
    url: 'https://divar.ir/v/gZ1abc',
    title: 'آپارتمان ۸۵ متری',
    district: 'ونک',
    at: 0,
    price: 9_500_000_000,
  },
  {
    kind: 'price-drop',
    token: 'gZ2def',
    url: 'https://divar.ir/v/gZ2def',
    title: 'آپارتمان نوساز',
    district: 'سعادت‌آباد',
    at: 0,
    price: 11_000_000_000,
    previous: { price: 12_000_000_000 },
  },
];

/**
 * An alert service over fakes; with `expired.value` set every request's time is already up, and
 * `access.granted` says whether the host permission is held.
 */
export function alertHarness(granted = true) {
  const expired = { value: false };
  const access = { granted };
  const area = memoryArea();
  const server = fakeServer();
  const clock = fakeClock();
  const due = new Map<string, number>();
  let n = 0;
  const service = createAlertService({
    store: createAlertStore(area),
    fetch: server.fetch,
    timeout: () =>
      expired.value
        ? AbortSignal.abort(new DOMException('timed out', 'TimeoutError'))
        : new AbortController().signal,
    alarms: {
      create: async (name, when) => void due.set(name, when),
      clear: async (name) => void due.delete(name),
    },
    hasPermission: async () => access.granted,
    watch: async (id) => (id === SEARCH.id ? SEARCH : undefined),
    now: clock.now,
    random: () => 0.5,
    newId: () => `id${++n}`,
  });
  return { area, server, clock, due, service, expired, access };
}
