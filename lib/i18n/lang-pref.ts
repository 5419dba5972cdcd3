import type { Lang } from './index';

/** The slice of WXT's `storage` the language preference needs. */
export interface SyncStorage {
  getItem<T>(key: `sync:${string}`): Promise<T | null>;
  setItem<T>(key: `sync:${string}`, value: T): Promise<void>;
}

const KEY = 'sync:lang:v1' as const;

/** The user's UI language: Persian unless they chose English (synced across their browsers). */
export async function loadLang(storage: SyncStorage): Promise<Lang> {
  return (await storage.getItem<unknown>(KEY)) === 'en' ? 'en' : 'fa';
}

/** Remembers the user's UI language. */
export function saveLang(storage: SyncStorage, lang: Lang): Promise<void> {
  return storage.setItem(KEY, lang);
}
