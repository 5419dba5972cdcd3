import { describe, expect, it } from 'vitest';
import { alarmName } from '@/lib/watch/schedule';
import type { WatchedSearch, WatchHit } from '@/lib/watch/types';
import { cards, watched } from '../watch/fakes';
import { alertHarness, CHAT, TOKEN } from './harness';

describe('a watch hands its news to alerts', () => {
  it('each check with news is queued for the watch’s destinations before the notification, even when it fails', async () => {
    const handed: { search: WatchedSearch; hits: WatchHit[]; at: number }[] = [];
    const removed: string[] = [];
    const env = await watched(cards(1, 25), {
      onHits: async (search, hits, at) => void handed.push({ search, hits, at }),
      onRemove: async (id) => void removed.push(id),
    });
    expect(handed).toEqual([]); // the baseline notifies nobody
    env.notifications.create = async () => {
      throw new Error('notifications are off');
    };
    env.live.state.page = [
      { token: 'newtoken', title: 'Fresh', price: 5_000_000 },
      ...cards(1, 24),
    ];
    await env.clock.advance(15 * 60_000);
    await env.watcher.onAlarm(alarmName(env.id)).catch(() => undefined);
    expect(handed).toHaveLength(1);
    expect(handed[0]?.search.id).toBe(env.id);
    expect(handed[0]?.hits.map((h) => [h.kind, h.token, h.price])).toEqual([
      ['new', 'newtoken', 5_000_000],
    ]);
    await env.service.remove(env.id);
    expect(removed).toEqual([env.id]);
  });

  it('through the real alert service, the news reaches the bot with the post link', async () => {
    const alerts = alertHarness();
    const env = await watched(cards(1, 25), { onHits: alerts.service.enqueue });
    const search = await env.service.list();
    expect(search.searches).toHaveLength(1);
    const id = env.id;
    // The harness's `watch()` knows the id 'w1'; the watch fakes name their first watch 'w1' too.
    expect(id).toBe('w1');
    await alerts.service.add({ watchId: id, kind: 'bale', chatId: CHAT, token: TOKEN });
    env.live.state.page = [
      { token: 'newtoken', title: 'Fresh', price: 5_000_000 },
      ...cards(1, 24),
    ];
    await env.clock.advance(15 * 60_000);
    await env.watcher.onAlarm(alarmName(id));
    expect(alerts.server.received).toHaveLength(1);
    expect(alerts.server.received[0]?.url).toBe(`https://tapi.bale.ai/bot${TOKEN}/sendMessage`);
    expect(JSON.stringify(alerts.server.received[0]?.body)).toContain('newtoken');
  });
});
