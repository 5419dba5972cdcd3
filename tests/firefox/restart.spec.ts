import { describe, expect, it } from 'vitest';
import { MENU_ITEMS } from '../../lib/menus/items.ts';
import type { Envelope, JobRow as Job } from '../e2e/support/envelope.ts';
import { useFirefox } from './support/use-firefox.ts';

/** Which of the add-on's context-menu items exist (`update` refuses an unknown id). */
async function menusPresent(session: ReturnType<ReturnType<typeof useFirefox>>) {
  return session.extension.evaluate(
    (ids) =>
      Promise.all(
        ids.map((id) =>
          browser.contextMenus.update(id, {}).then(
            () => id,
            () => `missing ${id}`,
          ),
        ),
      ),
    MENU_ITEMS.map((item) => item.id),
  );
}

/** The store archive installed for good, then Firefox quit and started again on its profile. */
describe('after a Firefox restart', () => {
  const session = useFirefox({ permanent: true });

  it('the right-click menu and a watched search’s alarm are there again', async () => {
    const ids = MENU_ITEMS.map((item) => item.id);
    expect(await menusPresent(session())).toEqual(ids);
    const url = 'https://divar.ir/s/tehran/buy-villa';
    const added = await session().extension.sendMessage<Envelope<{ id: string }>>({
      type: 'watchSearch',
      url,
    });
    expect(added.ok).toBe(true);
    const alarm = `watch:${added.data.id}`;

    await session().restart();
    // Firefox forgets an MV2 background page's menus and its alarms when it quits.
    expect(await menusPresent(session())).toEqual(ids);
    await expect
      .poll(() => session().extension.evaluate((name) => browser.alarms.get(name), alarm))
      .toBeTruthy();
    const watches = await session().extension.sendMessage<Envelope>({ type: 'listWatches' });
    expect(JSON.stringify(watches.data)).toContain(url);
  });

  it('a crawl cut short by quitting Firefox goes on at the next start and ends with every listing', async () => {
    const url = 'https://divar.ir/s/tehran/buy-villa';
    const started = await session().extension.sendMessage<Envelope<{ id: string }>>({
      type: 'startCrawl',
      url,
    });
    const job = async () =>
      (await session().extension.sendMessage<Envelope<Job[]>>({ type: 'listJobs' })).data.find(
        (j) => j.id === started.data.id,
      );
    // At divar's pace (one page a second) the crawl is still running when Firefox quits.
    await expect.poll(async () => (await job())?.progress.listings ?? 0).toBeGreaterThan(0);
    expect((await job())?.status).toBe('running');
    await session().restart();
    await expect.poll(async () => (await job())?.status, { timeout: 30_000 }).toBe('done');
    const all = await session().extension.sendMessage<Envelope<{ listings: { token: string }[] }>>({
      type: 'jobListings',
      jobId: started.data.id,
      offset: 0,
      limit: 1000,
    });
    expect(new Set(all.data.listings.map((listing) => listing.token)).size).toBe(165);
  });
});
