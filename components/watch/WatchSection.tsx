import './watch.css';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DivarPage } from '@/lib/divar/page-kind';
import type { ErrorKind } from '@/lib/errors';
import { sendMessage } from '@/lib/messaging/client';
import { formatClock } from '@/lib/watch/format';
import type { WatchList } from '@/lib/watch/service';
import { useLang } from '../i18n';
import { useServices } from '../services';
import { WatchRow } from './WatchRow';
import { useWatchT } from './watch-text';

/** Props of WatchSection. */
export interface WatchSectionProps {
  /** The current tab's divar page; a search page gets the "Watch this search" button. */
  page: DivarPage | undefined;
  onError(kind: ErrorKind): void;
}

/** How often the open popup re-reads the watched searches, so relative times stay true. */
const REFRESH_MS = 15_000;

/** The popup's watched-searches card: "Watch this search" on search pages, and every watch. */
export function WatchSection({ page, onError }: WatchSectionProps) {
  const t = useWatchT();
  const lang = useLang();
  const { send, watchLocal } = useServices();
  const [list, setList] = useState<WatchList | undefined>();
  const refresh = useCallback(
    () => sendMessage<'listWatches'>(send, { type: 'listWatches' }).then(setList, () => undefined),
    [send],
  );
  useEffect(() => {
    void refresh();
    // Checks change the list in storage (statuses, new hits); the timer keeps "5 min ago" true.
    const unwatch = watchLocal?.('watch:v1:', () => void refresh());
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => {
      unwatch?.();
      clearInterval(timer);
    };
  }, [refresh, watchLocal]);
  const act = (run: () => Promise<unknown>) =>
    run().then(refresh, (e: { kind?: ErrorKind }) => onError(e.kind ?? 'internal'));
  const searchUrl = page?.kind === 'search' ? page.url : undefined;
  if (!list || (!searchUrl && list.searches.length === 0)) return null;
  const isWatched = list.searches.some((search) => search.url === searchUrl);
  return (
    <section class="card watch" data-testid="watch">
      <h2 class="card__title">{t('title')}</h2>
      {list.hold ? (
        <p class="notice notice--warn" data-testid="watch-hold" data-kind={list.hold.kind}>
          {t(`hold.${list.hold.kind}`, { time: formatClock(lang, list.hold.until) })}
        </p>
      ) : null}
      {searchUrl && isWatched ? (
        <p class="ok" data-testid="watch-watched">
          {t('watching')}
        </p>
      ) : null}
      {searchUrl && !isWatched ? (
        <button
          type="button"
          class="button"
          data-testid="watch-add"
          onClick={() =>
            act(() => sendMessage<'watchSearch'>(send, { type: 'watchSearch', url: searchUrl }))
          }
        >
          {t('watch')}
        </button>
      ) : null}
      {list.searches.length === 0 ? (
        <p class="muted">{t('empty')}</p>
      ) : (
        <ul class="watch__list">
          {list.searches.map((search) => (
            <WatchRow
              key={search.id}
              search={search}
              minIntervalMinutes={list.minIntervalMinutes}
              act={act}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
