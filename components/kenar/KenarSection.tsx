import './kenar.css';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { ErrorKind } from '@/lib/errors';
import type { KenarStatus } from '@/lib/kenar/protocol';
import type { SearchRequest } from '@/lib/kenar/schemas/finder';
import { kenarSearchFromQuery } from '@/lib/kenar/search-from-query';
import type { TabView } from '@/lib/tabs/tab-page-service';
import { KenarPostPanel } from './KenarPostPanel';
import { KenarSearch } from './KenarSearch';
import { KenarEnvContext, useKenarSend, useKenarT } from './kenar-env';
import { MyPosts } from './MyPosts';

/** Props of KenarSection. */
export interface KenarSectionProps {
  /** What the tab shows (null when it is not a divar.ir page). */
  view: TabView | null;
  onError(kind: ErrorKind): void;
}

/** The Kenar search a search page stands for (city, category, districts, ranges). */
function kenarSearchOf(view: TabView | null): SearchRequest | undefined {
  const query = view?.search?.ok ? view.search.query : undefined;
  return query ? kenarSearchFromQuery(query) : undefined;
}

/** The popup's Kenar card: the post panel or a search on divar pages, a new listing and "My posts". */
export function KenarSection({ view, onError }: KenarSectionProps) {
  const t = useKenarT();
  const send = useKenarSend();
  const { openOptions, openNewPost } = useContext(KenarEnvContext);
  const [status, setStatus] = useState<KenarStatus | undefined>();
  useEffect(() => {
    send<'kenarStatus'>({ type: 'kenarStatus' }).then(setStatus, () => undefined);
  }, []);
  if (!status) return null;
  const page = view?.page;
  const search = kenarSearchOf(view);
  return (
    <section class="card kenar" data-testid="kenar" data-connected={status.connected}>
      <h2 class="card__title">{t('title')}</h2>
      {status.hasKey ? null : (
        <div class="kenar-hint" data-testid="kenar-no-key">
          <p class="muted">{t('noKey')}</p>
          <button type="button" class="button button--small" onClick={openOptions}>
            {t('openOptions')}
          </button>
        </div>
      )}
      {status.hasKey && page?.kind === 'post' ? (
        <KenarPostPanel token={page.token} status={status} onStatus={setStatus} onError={onError} />
      ) : null}
      {status.hasKey && search ? (
        <KenarSearch request={search} status={status} onStatus={setStatus} />
      ) : null}
      {status.hasKey && status.connected ? (
        <>
          <div class="kenar-hint">
            <button
              type="button"
              class="button button--small"
              data-testid="kenar-new-post-open"
              onClick={() => openNewPost()}
            >
              {t('newPostOpen')}
            </button>
            <p class="muted">{t('newPostHint')}</p>
          </div>
          <MyPosts onCopy={(token) => openNewPost({ token, from: 'own' })} />
        </>
      ) : null}
    </section>
  );
}
