import type { WxtStorage } from 'wxt/utils/storage';
import { createHistoryService } from './service';
import { createHistorySettings } from './settings';
import { openHistoryStore } from './store';

/** Builds the listing history from the real browser: IndexedDB, storage.local, the quota estimate. */
export function createHistoryBackground(storage: WxtStorage) {
  return createHistoryService({
    store: openHistoryStore(),
    settings: createHistorySettings(storage),
    estimate: () => navigator.storage.estimate(),
    now: Date.now,
    log: console.warn,
  });
}
