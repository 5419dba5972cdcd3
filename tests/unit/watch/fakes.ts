/** Fakes for the watch unit tests (not a test file): storage, alarms, notifications, search pages. */

import { type SearchResponse, searchResponseSchema } from '@/lib/divar/schemas/search-response';
import type { AppError } from '@/lib/errors';
import { createFakeClock } from '@/lib/http/clock';
import type { SearchPage } from '@/lib/watch/read-pages';
import { createWatchService } from '@/lib/watch/service';
import { createWatchStore, type LocalStorage } from '@/lib/watch/store';
import {
  type AlarmsAdapter,
  createWatcher,
  type NotificationsAdapter,
  type WatcherDeps,
} from '@/lib/watch/watcher';

/** A storage.local over a Map; `data` shows what was stored. */
export function memoryStorage(): LocalStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    getItem: async <T>(key: string) =>
      data.has(key) ? (structuredClone(data.get(key)) as T) : null,
    setItem: async (key, value) => void data.set(key, structuredClone(value)),
    removeItem: async (key) => void data.delete(key),
  };
}

/** An alarms API that only remembers: `due` maps alarm names to their times. */
export function fakeAlarms(): AlarmsAdapter & { due: Map<string, number> } {
  const due = new Map<string, number>();
  return {
    due,
    create: async (name, when) => void due.set(name, when),
    clear: async (name) => void due.delete(name),
    names: async () => [...due.keys()],
  };
}

/** A notifications API that records what it was asked to show. */
export function fakeNotifications() {
  const shown = new Map<string, { title: string; message: string }>();
  const adapter: NotificationsAdapter = {
    create: async (id, content) => void shown.set(id, content),
    clear: async (id) => void shown.delete(id),
  };
  return { ...adapter, shown };
}

/** A card of a fake search page: a token, a title and, if any, a price in toman. */
export interface Card {
  token: string;
  title?: string;
  price?: number;
}

/** A search answer with these cards (checked by the real schema, as the real client does). */
export function searchAnswer(
  cards: Card[],
  hasNextPage = true,
  cursor: Record<string, unknown> = { page: 2 },
): SearchResponse {
  return searchResponseSchema.parse({
    list_widgets: cards.map((card) => ({
      widget_type: 'POST_ROW',
      data: {
        token: card.token,
        title: card.title ?? `Listing ${card.token}`,
        ...(card.price === undefined
          ? {}
          : { middle_description_text: `${card.price.toLocaleString('en-US')} تومان` }),
      },
    })),
    pagination: { has_next_page: hasNextPage, data: cursor },
  });
}

/** Eight-character tokens, as divar's: `token(3)` is `tok00003`. */
export const token = (n: number) => `tok${String(n).padStart(5, '0')}`;

/** Cards token(from) … token(to - 1), priced 1,000,000 × n. */
export const cards = (from: number, to: number): Card[] =>
  Array.from({ length: to - from }, (_, i) => ({
    token: token(from + i),
    price: (from + i) * 1_000_000,
  }));

/** What other features hook into watching (alerts): news handed on, a watch removed. */
export type WatchExtras = Pick<WatcherDeps, 'onHits'> & { onRemove?(id: string): Promise<void> };

/** The watcher and service over fakes, with a fake clock and a search the test controls. */
export function setupWatch(
  search: SearchPage,
  start = Date.UTC(2026, 8, 22, 9),
  extras: WatchExtras = {},
) {
  const clock = createFakeClock(start);
  const storage = memoryStorage();
  const alarms = fakeAlarms();
  const notifications = fakeNotifications();
  const badge = { count: 0 };
  const opened: string[] = [];
  const store = createWatchStore(storage);
  const deps = {
    store,
    search,
    alarms,
    notifications,
    setBadge: async (count: number) => {
      badge.count = count;
    },
    lang: async () => 'en' as const,
    now: clock.now,
    random: () => 0.5,
    ...extras,
  };
  const watcher = createWatcher(deps);
  let ids = 0;
  const service = createWatchService({
    ...deps,
    watcher,
    newId: () => `w${++ids}`,
    openUrl: async (url) => void opened.push(url),
    resultsUrl: (id) => `chrome-extension://x/watch.html?id=${id}`,
  });
  return { clock, storage, alarms, notifications, badge, opened, store, watcher, service };
}

/** Waits until queued promise work (a baseline check started in the background) has run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The search URL most watch tests watch. */
export const URL_A = 'https://divar.ir/s/tehran/buy-apartment';

/** A search whose page 1 the test rewrites between checks, or makes fail. */
export function liveSearch(initial: Card[]) {
  const state: { page: Card[]; failure?: AppError; requests: number; gate?: Promise<void> } = {
    page: initial,
    requests: 0,
  };
  const search = async () => {
    state.requests++;
    await state.gate;
    if (state.failure) throw state.failure;
    return searchAnswer(state.page);
  };
  return { state, search };
}

export async function watched(initial = cards(1, 25), extras: WatchExtras = {}) {
  const live = liveSearch(initial);
  const env = setupWatch(live.search, undefined, extras);
  const search = await env.service.add(URL_A);
  await settle();
  return { ...env, live, id: search.id };
}
