import { type ComponentChild, Fragment, render } from 'preact';
import type { Lang } from '@/lib/i18n';
import {
  type LangMirror,
  loadLang,
  mirroredLang,
  type SyncStorage,
  saveLang,
} from '@/lib/i18n/lang-pref';

/** What a page renders in a language, with the way to save a new choice of it. */
export type PageInLang = (lang: Lang, save: (next: Lang) => void) => ComponentChild;

/** The pages' localStorage, or none where it is blocked. */
function pageMirror(): LangMirror | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Renders `page` into `root` at once in the language this browser's pages last used, then, when
 * storage answers with another (changed in another browser) or none was remembered, afresh in
 * that one: the first paint does not wait for storage, and the stored choice always wins.
 */
export function mountInLang(
  root: Element,
  storage: SyncStorage,
  page: PageInLang,
  mirror: LangMirror | undefined = pageMirror(),
): Promise<Lang> {
  const save = (next: Lang) => void saveLang(storage, next, mirror);
  const show = (lang: Lang) => render(<Fragment key={lang}>{page(lang, save)}</Fragment>, root);
  const guess = mirroredLang(mirror);
  if (guess) show(guess);
  return loadLang(storage, mirror).then((lang) => {
    if (lang !== guess) show(lang);
    return lang;
  });
}
