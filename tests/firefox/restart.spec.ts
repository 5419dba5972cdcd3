import { describe, expect, it } from 'vitest';
import { MENU_ITEMS } from '../../lib/menus/items.ts';
import { useFirefox } from './support/use-firefox.ts';

interface Envelope<T = unknown> {
  ok: boolean;
  data: T;
}

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
});
