import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { alarmName } from '@/lib/watch/schedule';
import { cards, settle, watched } from './fakes';

const MINUTE = 60_000;

describe('bad input and divar pushing back', () => {
  it('a 400 marks the search broken with the reason, and it is not checked again', async () => {
    const { watcher, service, alarms, live, id } = await watched();
    live.state.failure = new AppError('http', 'HTTP 400: bad wrapper', {
      details: { status: 400 },
    });
    await watcher.onAlarm(alarmName(id));
    const { search } = await service.hits(id);
    expect(search.broken).toMatchObject({ kind: 'http', message: 'HTTP 400: bad wrapper' });
    expect(alarms.due.has(alarmName(id))).toBe(false);
    const requests = live.state.requests;
    await watcher.onAlarm(alarmName(id));
    expect(live.state.requests).toBe(requests);
    // Resuming retries it once, soon.
    live.state.failure = undefined;
    const resumed = await service.update(id, { paused: false });
    expect(resumed.broken).toBeUndefined();
    expect(alarms.due.has(alarmName(id))).toBe(true);
  });

  it('a URL that no longer parses is refused when added, and breaks a stored search', async () => {
    const { service, watcher, store, id } = await watched();
    await expect(service.add('https://divar.ir/s/atlantis')).rejects.toMatchObject({
      kind: 'bad-search-url',
    });
    const stored = await store.get(id);
    if (stored) await store.put({ ...stored, url: 'https://divar.ir/s/atlantis/buy-apartment' });
    await watcher.onAlarm(alarmName(id));
    expect((await store.get(id))?.broken?.kind).toBe('bad-search-url');
  });

  it('a 429 holds every search with a visible reason until the wait is over, then resumes by itself', async () => {
    const { watcher, service, clock, alarms, live, id } = await watched();
    const other = await service.add('https://divar.ir/s/tehran/rent-apartment');
    await settle();
    live.state.failure = new AppError('rate-limit', 'HTTP 429', {
      details: { retryAfterMs: 20 * MINUTE },
    });
    await watcher.onAlarm(alarmName(id));
    const list = await service.list();
    expect(list.hold).toMatchObject({ kind: 'rate-limit', until: clock.now() + 20 * MINUTE });
    expect(alarms.due.get(alarmName(id))).toBe(clock.now() + 21 * MINUTE);
    // The other search's alarm fires during the hold: no request, it waits too.
    const requests = live.state.requests;
    await watcher.onAlarm(alarmName(other.id));
    expect(live.state.requests).toBe(requests);
    expect(alarms.due.get(alarmName(other.id))).toBe(clock.now() + 21 * MINUTE);
    // Time passes; the alarm fires after the hold and the check goes through.
    live.state.failure = undefined;
    await clock.advance(21 * MINUTE);
    expect(await watcher.onAlarm(alarmName(id))).toMatchObject({ kind: 'checked' });
    expect((await service.list()).hold).toBeUndefined();
  });

  it('a captcha holds half an hour', async () => {
    const { watcher, service, clock, live, id } = await watched();
    live.state.failure = new AppError('captcha', 'captcha required (403)');
    await watcher.onAlarm(alarmName(id));
    expect((await service.list()).hold).toMatchObject({
      kind: 'captcha',
      until: clock.now() + 30 * MINUTE,
    });
  });

  it('network failures back off and show the last error, then clear on success', async () => {
    const { watcher, service, clock, alarms, live, id } = await watched();
    live.state.failure = new AppError('network', 'offline');
    await watcher.onAlarm(alarmName(id));
    await watcher.onAlarm(alarmName(id));
    const { search } = await service.hits(id);
    expect(search).toMatchObject({ failures: 2, lastError: { kind: 'network' } });
    expect(alarms.due.get(alarmName(id))).toBe(clock.now() + 60 * MINUTE);
    live.state.failure = undefined;
    await watcher.onAlarm(alarmName(id));
    expect((await service.hits(id)).search).toMatchObject({ failures: 0 });
  });
});

describe('restarts', () => {
  it('reconcile gives active searches their lost alarms, keeps planned times, drops strays', async () => {
    const { watcher, service, alarms, clock, id } = await watched();
    const planned = alarms.due.get(alarmName(id));
    const paused = await service.add('https://divar.ir/s/tehran/rent-apartment');
    await service.update(paused.id, { paused: true });
    alarms.due.clear();
    alarms.due.set(alarmName('deleted-long-ago'), clock.now());
    alarms.due.set('someone-else', clock.now());
    await watcher.reconcile();
    expect([...alarms.due.keys()].sort()).toEqual(['someone-else', alarmName(id)]);
    expect(alarms.due.get(alarmName(id))).toBe(planned);
  });

  it('an overdue search after a long shutdown is checked soon, not at once', async () => {
    const { watcher, alarms, clock, id } = await watched();
    alarms.due.clear();
    await clock.advance(5 * 60 * MINUTE);
    await watcher.reconcile();
    expect(alarms.due.get(alarmName(id))).toBe(clock.now() + 2.5 * MINUTE);
  });
});

describe('overlaps', () => {
  it('an alarm that fires while the same search is being checked does not start a second check', async () => {
    const { watcher, live, id } = await watched();
    let release: () => void = () => undefined;
    live.state.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = watcher.onAlarm(alarmName(id));
    await settle();
    expect(await watcher.onAlarm(alarmName(id))).toBeUndefined();
    release();
    await first;
    expect(live.state.requests).toBe(2);
  });

  it('a search deleted while it was being checked stays deleted', async () => {
    const { watcher, service, storage, live, id } = await watched();
    let release: () => void = () => undefined;
    live.state.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    live.state.page = [{ token: 'ghost001' }, ...cards(1, 24)];
    const check = watcher.check(id);
    await settle();
    await service.remove(id);
    release();
    await check;
    expect((await service.list()).searches).toEqual([]);
    expect([...storage.data.keys()].filter((key) => key.includes(id))).toEqual([]);
  });
});
