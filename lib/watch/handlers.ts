import { AppError } from '../errors';
import type { Handler } from '../messaging/router';
import type { WATCH_PROTOCOL } from './protocol';
import type { WatchService } from './service';

type WatchHandlers = { [K in keyof typeof WATCH_PROTOCOL]: Handler<K> };

/** The background's handlers for watched-search messages. */
export function createWatchHandlers(service: WatchService): WatchHandlers {
  return {
    watchSearch: ({ url, name, intervalMinutes }) => service.add(url, name, intervalMinutes),
    async pageWatch(_request, from) {
      if (!from.tabUrl) throw new AppError('no-tab', 'the page has no tab');
      return service.add(from.tabUrl);
    },
    listWatches: () => service.list(),
    updateWatch: ({ id, name, intervalMinutes, paused }) =>
      service.update(id, { name, intervalMinutes, paused }),
    async deleteWatch({ id }) {
      await service.remove(id);
      return { deleted: true };
    },
    watchHits: ({ id }) => service.hits(id),
    markWatchSeen: ({ id }) => service.markSeen(id),
  };
}
