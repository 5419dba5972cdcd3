import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Lang, type MessageKey, translate } from '@/lib/i18n';

/** The UI language of the surrounding surface. */
export const LangContext = createContext<Lang>('fa');

/** Returns `t(key)` for the current UI language. */
export function useT(): (key: MessageKey) => string {
  const lang = useContext(LangContext);
  return (key) => translate(lang, key);
}

/** The current UI language. */
export function useLang(): Lang {
  return useContext(LangContext);
}
