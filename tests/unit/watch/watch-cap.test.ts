import { describe, expect, it } from 'vitest';
import { describeError } from '@/lib/i18n';
import { MAX_WATCHES } from '@/lib/watch/service';
import { cards, liveSearch, settle, setupWatch, URL_A } from './fakes';

describe('the cap on watched searches', () => {
  it(`keeps at most ${MAX_WATCHES}; the next one is refused with watch-cap, known ones still answer`, async () => {
    const { service } = setupWatch(liveSearch(cards(1, 25)).search);
    for (let i = 0; i < MAX_WATCHES; i++) await service.add(`${URL_A}?size=${i + 10}-900`);
    await settle();
    await expect(service.add(`${URL_A}?q=one+more`)).rejects.toMatchObject({ kind: 'watch-cap' });
    expect((await service.list()).searches).toHaveLength(MAX_WATCHES);
    // Watching one already watched is no new watch: it is answered, not refused.
    await expect(service.add(`${URL_A}?size=10-900`)).resolves.toMatchObject({ paused: false });
  });

  it('says so in Persian and in English, with the number', () => {
    expect(describeError('fa', 'watch-cap').text).toContain('۵۰');
    expect(describeError('en', 'watch-cap').text).toContain(String(MAX_WATCHES));
  });
});

describe('who named a watched search', () => {
  it('marks a name the user typed, and not one made from the URL', async () => {
    const { service } = setupWatch(liveSearch(cards(1, 25)).search);
    const made = await service.add(URL_A);
    expect(made.named).toBeUndefined();
    expect((await service.update(made.id, { name: 'Flats' })).named).toBe(true);
    expect((await service.add(`${URL_A}?size=1-2`, 'Small flats')).named).toBe(true);
  });
});
