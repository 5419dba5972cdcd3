import type { ErrorKind } from '../errors';
import { en } from './en';
import { fa, type MessageKey } from './fa';

export type { MessageKey } from './fa';

/** A UI language; Persian comes first. */
export type Lang = 'fa' | 'en';

/** The supported UI languages, Persian first. */
export const LANGS: readonly Lang[] = ['fa', 'en'];

const TABLES: Record<Lang, Record<MessageKey, string>> = { fa, en };

/** The UI string for `key` in `lang`. */
export function translate(lang: Lang, key: MessageKey): string {
  return TABLES[lang][key];
}

/** Text direction of a language. */
export function directionOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'fa' ? 'rtl' : 'ltr';
}

/** What to tell the user about an error kind: what happened and the action that fixes it. */
export function describeError(lang: Lang, kind: ErrorKind): { text: string; action: string } {
  return {
    text: translate(lang, `error.${kind}`),
    action: translate(lang, `error.${kind}.action`),
  };
}

/** The UI string for a key built at run time (a divar filter name), or undefined if there is none. */
export function translateIfKnown(lang: Lang, key: string): string | undefined {
  return Object.hasOwn(TABLES[lang], key) ? TABLES[lang][key as MessageKey] : undefined;
}
