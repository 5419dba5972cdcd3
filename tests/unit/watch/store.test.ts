import { describe, expect, it } from 'vitest';
import { createWatchStore, MAX_HITS } from '@/lib/watch/store';
import type { WatchedSearch, WatchHit } from '@/lib/watch/types';
import { memoryStorage } from './fakes';

const search = (id: string): WatchedSearch => ({
  id,
  name: id,
  url: 'https://divar.ir/s/tehran',
  intervalMinutes: 15,
  createdAt: 1,
  paused: false,
  hasBaseline: false,
  failures: 0,
  unseen: 0,
});

describe('createWatchStore', () => {
  it('keeps searches in order and replaces by id', async () => {
    const store = createWatchStore(memoryStorage());
    await store.put(search('a'));
    await store.put(search('b'));
    await store.put({ ...search('a'), name: 'renamed' });
    expect((await store.list()).map((s) => s.name)).toEqual(['renamed', 'b']);
  });

  it('reads what another version or a bug wrote as absent, skipping only the bad search', async () => {
    const storage = memoryStorage();
    const store = createWatchStore(storage);
    await storage.setItem('local:watch:v1:searches', [
      search('good'),
      { id: 'bad', interval: 'often' },
      42,
    ]);
    await storage.setItem('local:watch:v1:seen:good', 'not a map');
    await storage.setItem('local:watch:v1:hold', { kind: 'tired', until: 'soon' });
    expect((await store.list()).map((s) => s.id)).toEqual(['good']);
    expect(await store.seen('good')).toEqual({});
    expect(await store.hold()).toBeUndefined();
    await storage.setItem('local:watch:v1:searches', { not: 'a list' });
    expect(await store.list()).toEqual([]);
  });

  it('keeps the newest MAX_HITS hits, newest first', async () => {
    const store = createWatchStore(memoryStorage());
    const hit = (n: number): WatchHit => ({
      kind: 'new',
      token: `t${n}`,
      url: '',
      title: '',
      at: n,
    });
    await store.addHits(
      'a',
      Array.from({ length: 30 }, (_, i) => hit(i)),
    );
    await store.addHits(
      'a',
      Array.from({ length: 30 }, (_, i) => hit(100 + i)),
    );
    const hits = await store.hits('a');
    expect(hits).toHaveLength(MAX_HITS);
    expect(hits[0]?.token).toBe('t100');
    expect(hits.at(-1)?.token).toBe(`t${MAX_HITS - 30 - 1}`);
  });
});
