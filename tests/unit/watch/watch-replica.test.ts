import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDivarSession } from '@/lib/divar/session';
import { createDivarWebApi } from '@/lib/divar/web-api';
import { systemClock } from '@/lib/http/clock';
import { createRateLimiter } from '@/lib/http/rate-limiter';
import { createHttp } from '@/lib/http/request';
import { alarmName } from '@/lib/watch/schedule';
import { createReplicaFetch, type Replica, startReplica } from '../../replica/index.ts';
import { setupWatch } from './fakes';

// The whole check against the local divar.ir replica: the real HTTP layer, the real web API
// client and its limiter, real search answers; only time, alarms and notifications are fakes.

const SEARCH = 'https://divar.ir/s/tehran/buy-apartment';
let replica: Replica;
beforeAll(async () => {
  replica = await startReplica({ seed: 7 });
});
afterAll(() => replica.close());
beforeEach(() => {
  replica.mutate.reset();
  replica.faults.reset();
  replica.log.clear();
});

function setup() {
  const limiter = createRateLimiter({ ratePerSecond: 50, burst: 5 }, systemClock, Math.random);
  const request = createHttp(
    {
      fetch: createReplicaFetch(replica),
      clock: systemClock,
      random: Math.random,
      limiterFor: () => limiter,
    },
    { timeoutMs: 5_000, retries: 1, baseDelayMs: 5, maxDelayMs: 20 },
  );
  const api = createDivarWebApi({ request, session: createDivarSession(async () => undefined) });
  return setupWatch((body, signal) => api.search(body, signal));
}

async function watchedSearch() {
  const env = setup();
  const { id } = await env.service.add(SEARCH);
  await vi.waitFor(async () => expect((await env.store.get(id))?.hasBaseline).toBe(true));
  return { ...env, id };
}

const searches = () => replica.log.entries().filter((e) => e.path === '/v8/postlist/w/search');

describe('watching a replica search', () => {
  it('baseline from one request; a new listing and a lower price come back as hits', async () => {
    const { watcher, service, store, notifications, id } = await watchedSearch();
    expect(searches()).toHaveLength(1);
    expect(notifications.shown.size).toBe(0);
    const seen = await store.seen(id);
    expect(Object.keys(seen)).toHaveLength(24);
    const [cheaper, was] =
      Object.entries(seen).find(([, entry]) => entry.price !== undefined) ?? [];
    if (!cheaper || !was?.price) throw new Error('no priced listing on page 1');
    const added = replica.mutate.addListing({
      category: 'apartment-sell',
      cityId: 1,
      title: 'آپارتمان نوساز تازه',
    });
    replica.mutate.setPrice(cheaper, was.price - 1_000_000);
    const result = await watcher.onAlarm(alarmName(id));
    expect(result).toMatchObject({ kind: 'checked', pages: 1 });
    const { hits } = await service.hits(id);
    expect(hits).toMatchObject([
      { kind: 'new', token: added.token, title: 'آپارتمان نوساز تازه' },
      {
        kind: 'price-drop',
        token: cheaper,
        price: was.price - 1_000_000,
        previous: { price: was.price },
      },
    ]);
    expect(notifications.shown.size).toBe(1);
    expect(searches()).toHaveLength(2);
  });

  it('a 429 that outlasts the retries holds watching instead of failing the search', async () => {
    const { watcher, service, id } = await watchedSearch();
    replica.faults.set({ rateLimit: { burst: 5, retryAfterSeconds: 1 } });
    expect(await watcher.onAlarm(alarmName(id))).toMatchObject({
      kind: 'held',
      hold: { kind: 'rate-limit' },
    });
    const list = await service.list();
    expect(list.hold?.kind).toBe('rate-limit');
    expect(list.searches[0]?.broken).toBeUndefined();
  });
});
