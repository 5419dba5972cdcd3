import type { WatchTextKey } from '@/lib/watch/i18n';
import { watchText } from '@/lib/watch/i18n';
import { useLang } from '../i18n';

/** Returns `t(key, values)` for watch words in the current UI language. */
export function useWatchT(): (
  key: WatchTextKey,
  values?: Record<string, string | number>,
) => string {
  const lang = useLang();
  return (key, values) => watchText(lang, key, values);
}
