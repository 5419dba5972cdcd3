import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { applyCheck, runCheck } from '@/lib/watch/check';
import type { WatchedSearch } from '@/lib/watch/types';
import { cards, searchAnswer } from './fakes';

const NOW = Date.UTC(2026, 8, 22, 9);
const MINUTE = 60_000;
const search: WatchedSearch = {
  id: 'w1',
  name: 'Apartments',
  url: 'https://divar.ir/s/tehran/buy-apartment',
  intervalMinutes: 15,
  createdAt: NOW,
  paused: false,
  hasBaseline: true,
  failures: 0,
  unseen: 2,
};
const deps = (answer: () => Promise<ReturnType<typeof searchAnswer>>) => ({
  search: answer,
  now: () => NOW,
});
const failWith = (error: AppError) => deps(() => Promise.reject(error));

describe('runCheck', () => {
  it('a URL that no longer reads breaks the search without a request', async () => {
    let requests = 0;
    const result = await runCheck(
      { ...search, url: 'https://divar.ir/s/no-such-city-xyz' },
      {},
      {
        search: async () => {
          requests++;
          return searchAnswer([]);
        },
        now: () => NOW,
      },
    );
    expect(result).toMatchObject({ kind: 'broken', error: { kind: 'bad-search-url' } });
    expect(requests).toBe(0);
  });

  it('a 400 from divar breaks it; 429 and captcha hold; others fail', async () => {
    const http = (status: number) =>
      new AppError('http', `HTTP ${status}`, { details: { status } });
    expect(await runCheck(search, {}, failWith(http(400)))).toMatchObject({
      kind: 'broken',
      error: { kind: 'http' },
    });
    expect(await runCheck(search, {}, failWith(new AppError('rate-limit', '429')))).toMatchObject({
      kind: 'held',
      hold: { kind: 'rate-limit' },
    });
    expect(await runCheck(search, {}, failWith(new AppError('captcha', 'hip')))).toMatchObject({
      kind: 'held',
      hold: { kind: 'captcha' },
    });
    expect(await runCheck(search, {}, failWith(http(503)))).toMatchObject({ kind: 'failed' });
    expect(await runCheck(search, {}, failWith(new AppError('network', 'down')))).toMatchObject({
      kind: 'failed',
    });
  });

  it('a first check is a baseline: everything seen, nothing reported', async () => {
    const result = await runCheck(
      { ...search, hasBaseline: false },
      {},
      deps(async () => searchAnswer(cards(1, 25))),
    );
    expect(result).toMatchObject({ kind: 'checked', hits: [], pages: 1 });
    expect(result.kind === 'checked' && Object.keys(result.seen)).toHaveLength(24);
  });
});

describe('applyCheck', () => {
  const random = () => 0.5;
  it('after a good check: baseline set, failures cleared, unseen grown, next check one interval on', () => {
    const next = applyCheck(
      { ...search, failures: 3, lastError: { kind: 'network', message: 'x' } },
      {
        kind: 'checked',
        at: NOW,
        hits: [{ kind: 'new', token: 'aaaaaaaa', url: '', title: '', at: NOW }],
        seen: {},
        pages: 1,
      },
      random,
    );
    expect(next).toMatchObject({
      hasBaseline: true,
      failures: 0,
      unseen: 3,
      lastCheckAt: NOW,
      nextCheckAt: NOW + 15 * MINUTE,
    });
    expect(next.lastError).toBeUndefined();
  });

  it('after a failure: backs off and keeps the reason', () => {
    const next = applyCheck(
      search,
      { kind: 'failed', at: NOW, error: { kind: 'timeout', message: 'slow' } },
      random,
    );
    expect(next).toMatchObject({
      failures: 1,
      lastError: { kind: 'timeout' },
      nextCheckAt: NOW + 30 * MINUTE,
    });
  });

  it('once broken: the reason is kept and no next check is planned', () => {
    const next = applyCheck(
      search,
      { kind: 'broken', at: NOW, error: { kind: 'http', message: 'HTTP 400' } },
      random,
    );
    expect(next.broken).toEqual({ kind: 'http', message: 'HTTP 400', at: NOW });
    expect(next.nextCheckAt).toBeUndefined();
  });

  it('held: the next check waits until the hold is over', () => {
    const hold = { kind: 'captcha' as const, since: NOW, until: NOW + 30 * MINUTE };
    const next = applyCheck(search, { kind: 'held', at: NOW, hold }, random);
    expect(next.nextCheckAt).toBe(hold.until + MINUTE);
  });

  it('keeps the user’s own fields (name, interval, paused)', () => {
    const edited = { ...search, name: 'Renamed', intervalMinutes: 60, paused: true };
    const next = applyCheck(
      edited,
      { kind: 'checked', at: NOW, hits: [], seen: {}, pages: 1 },
      random,
    );
    expect(next).toMatchObject({
      name: 'Renamed',
      intervalMinutes: 60,
      paused: true,
      nextCheckAt: NOW + 60 * MINUTE,
    });
  });
});

describe('runCheck with the listing history', () => {
  it('notices a drop of a listing seen elsewhere, and records what it read as watch sightings', async () => {
    const page = cards(1, 4);
    const [first] = page;
    const price = first?.price;
    if (!first || !price) throw new Error('no card');
    const recorded: string[][] = [];
    const history = {
      amounts: async (tokens: string[]) =>
        new Map(tokens.filter((t) => t === first.token).map((t) => [t, { price: price * 2 }])),
      record: async (listings: { token: string }[], source: 'watch') =>
        void recorded.push([source, ...listings.map((l) => l.token)]),
    };
    const result = await runCheck(
      search,
      {},
      { ...deps(async () => searchAnswer(page, false)), history },
    );
    if (result.kind !== 'checked') throw new Error(result.kind);
    expect(result.hits.map((h) => [h.token, h.kind])).toEqual([
      [first.token, 'price-drop'],
      [page[1]?.token, 'new'],
      [page[2]?.token, 'new'],
    ]);
    expect(result.hits[0]?.previous).toEqual({ price: price * 2 });
    expect(recorded).toEqual([['watch', ...page.map((c) => c.token)]]);
  });
});
