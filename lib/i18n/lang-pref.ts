import type { Lang } from './index';

/** The slice of WXT's `storage` the language preference needs. */
export interface SyncStorage {
  getItem<T>(key: `sync:${string}`): Promise<T | null>;
  setItem<T>(key: `sync:${string}`, value: T): Promise<void>;
}

/**
 * A synchronous copy of the choice that the extension's own pages keep (their `localStorage`),
 * so a page paints in the right language without waiting for storage; storage stays the truth.
 */
export interface LangMirror {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const KEY = 'sync:lang:v1' as const;
const MIRROR_KEY = 'divar-actions:lang';

const isLang = (value: unknown): value is Lang => value === 'fa' || value === 'en';

/** The language this browser's pages last used, when they have said (a blocked mirror says nothing). */
export function mirroredLang(mirror: LangMirror | undefined): Lang | undefined {
  try {
    const value = mirror?.getItem(MIRROR_KEY);
    return isLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function mirrorLang(mirror: LangMirror | undefined, lang: Lang): void {
  try {
    mirror?.setItem(MIRROR_KEY, lang);
  } catch {
    // A full or blocked localStorage only costs the next page its head start.
  }
}

/** The user's UI language: Persian unless they chose English (synced across their browsers). */
export async function loadLang(storage: SyncStorage, mirror?: LangMirror): Promise<Lang> {
  const lang = (await storage.getItem<unknown>(KEY)) === 'en' ? 'en' : 'fa';
  mirrorLang(mirror, lang);
  return lang;
}

/** Remembers the user's UI language. */
export function saveLang(storage: SyncStorage, lang: Lang, mirror?: LangMirror): Promise<void> {
  mirrorLang(mirror, lang);
  return storage.setItem(KEY, lang);
}
