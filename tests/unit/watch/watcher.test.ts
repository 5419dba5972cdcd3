import { describe, expect, it } from 'vitest';
import { alarmName } from '@/lib/watch/schedule';
import { type Card, cards, settle, token, URL_A, watched } from './fakes';

const MINUTE = 60_000;

describe('watching a search', () => {
  it('takes a baseline at once, notifies nothing, and plans the next check with an alarm', async () => {
    const { service, notifications, alarms, clock, id, live } = await watched();
    const [search] = (await service.list()).searches;
    expect(search).toMatchObject({
      name: 'فروش آپارتمان، تهران',
      hasBaseline: true,
      unseen: 0,
      lastCheckAt: clock.now(),
    });
    expect(search?.intervalMinutes).toBe(15);
    expect(live.state.requests).toBe(1);
    expect(notifications.shown.size).toBe(0);
    expect(alarms.due.get(alarmName(id))).toBe(clock.now() + 15 * MINUTE);
  });

  it('watching the same URL twice keeps one watch', async () => {
    const { service } = await watched();
    await service.add(URL_A, 'again');
    expect((await service.list()).searches).toHaveLength(1);
  });

  it('an alarm finds a new listing and a price drop: one notification, hits kept, badge counts them', async () => {
    const { watcher, service, notifications, badge, clock, id, live, alarms } = await watched();
    await clock.advance(15 * MINUTE);
    live.state.page = [
      { token: 'newlist1', title: 'Brand new flat', price: 9_000_000 },
      { ...cards(1, 2)[0], price: 500_000 } as Card,
      ...cards(2, 24),
    ];
    const result = await watcher.onAlarm(alarmName(id));
    expect(result).toMatchObject({ kind: 'checked', pages: 1 });
    const [note] = [...notifications.shown.entries()];
    expect(note?.[0]).toBe(`watch:${id}:results:${clock.now()}`);
    // The category's name from the extension's tables, not the watch's name made from the URL.
    expect(note?.[1].title).toBe('آپارتمان: 1 new listings, 1 price drops');
    expect(note?.[1].message).toBe(
      'Brand new flat — 9,000,000 toman\nListing tok00001 — 500,000 toman (was 1,000,000 toman)',
    );
    expect(badge.count).toBe(2);
    const { hits, search } = await service.hits(id);
    expect(search.unseen).toBe(2);
    expect(hits.map((h) => [h.kind, h.token])).toEqual([
      ['new', 'newlist1'],
      ['price-drop', token(1)],
    ]);
    expect(alarms.due.get(alarmName(id))).toBe(clock.now() + 15 * MINUTE);
  });

  it('nothing new: no notification', async () => {
    const { watcher, notifications, id } = await watched();
    await watcher.onAlarm(alarmName(id));
    expect(notifications.shown.size).toBe(0);
  });

  it('one hit: clicking opens the post and marks the search seen; several: the results view', async () => {
    const { watcher, service, notifications, opened, badge, id, live } = await watched();
    live.state.page = [{ token: 'single01', price: 5 }, ...cards(1, 24)];
    await watcher.onAlarm(alarmName(id));
    const [single] = [...notifications.shown.keys()];
    expect(single).toBe(`watch:${id}:post:single01`);
    expect(await service.openNotification(single ?? '')).toBe('https://divar.ir/v/single01');
    expect(opened).toEqual(['https://divar.ir/v/single01']);
    expect(notifications.shown.size).toBe(0);
    expect(badge.count).toBe(0);
    live.state.page = [{ token: 'many0001' }, { token: 'many0002' }, ...cards(1, 24)];
    await watcher.onAlarm(alarmName(id));
    const [several] = [...notifications.shown.keys()];
    expect(await service.openNotification(several ?? '')).toBe(
      `chrome-extension://x/watch.html?id=${id}`,
    );
    expect(await service.openNotification('someone-else:1')).toBeUndefined();
  });

  it('marking seen clears the unseen count and the badge', async () => {
    const { watcher, service, badge, id, live } = await watched();
    live.state.page = [{ token: 'seen0001' }, ...cards(1, 24)];
    await watcher.onAlarm(alarmName(id));
    expect(badge.count).toBe(1);
    expect((await service.markSeen(id)).unseen).toBe(0);
    expect(badge.count).toBe(0);
  });
});

describe('pause, resume, edit, delete', () => {
  it('pausing removes the alarm and a stray alarm checks nothing; resuming plans one again', async () => {
    const { watcher, service, alarms, live, id, clock } = await watched();
    await service.update(id, { paused: true });
    expect(alarms.due.has(alarmName(id))).toBe(false);
    expect(await watcher.onAlarm(alarmName(id))).toBeUndefined();
    expect(live.state.requests).toBe(1);
    await service.update(id, { paused: false });
    expect(alarms.due.get(alarmName(id))).toBe(clock.now() + 15 * MINUTE);
  });

  it('editing the name and interval replans the next check; intervals are clamped', async () => {
    const { service, alarms, id, clock } = await watched();
    const edited = await service.update(id, { name: '  Cheap flats ', intervalMinutes: 60 });
    expect(edited).toMatchObject({ name: 'Cheap flats', intervalMinutes: 60 });
    expect(alarms.due.get(alarmName(id))).toBe(clock.now() + 60 * MINUTE);
    expect((await service.update(id, { intervalMinutes: 0 })).intervalMinutes).toBe(1);
  });

  it('deleting removes the alarm, the seen listings and the hits', async () => {
    const { service, alarms, storage, id } = await watched();
    await service.remove(id);
    expect(alarms.due.size).toBe(0);
    expect([...storage.data.keys()].filter((key) => key.includes(id))).toEqual([]);
    await expect(service.hits(id)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('an edit made while a check is in flight is kept', async () => {
    const { watcher, service, live, id } = await watched();
    let release: () => void = () => undefined;
    live.state.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    live.state.page = [{ token: 'during01' }, ...cards(1, 24)];
    const slow = watcher.check(id);
    await settle();
    // The check is waiting on the network while the user renames and slows the search.
    await service.update(id, { name: 'Renamed during check', intervalMinutes: 30 });
    release();
    expect(await slow).toMatchObject({ kind: 'checked' });
    const { search, hits } = await service.hits(id);
    expect(search).toMatchObject({ name: 'Renamed during check', intervalMinutes: 30, unseen: 1 });
    expect(hits.map((h) => h.token)).toEqual(['during01']);
  });
});
