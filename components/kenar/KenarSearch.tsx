import { useState } from 'preact/hooks';
import type { KenarStatus } from '@/lib/kenar/protocol';
import type { SearchRequest, SearchResponse } from '@/lib/kenar/schemas/finder';
import { Data } from '../Data';
import { useT } from '../i18n';
import { useServices } from '../services';
import { useOpenPosts } from '../use-open-posts';
import { KenarErrorNotice } from './KenarErrorNotice';
import { useKenarSend, useKenarT, useTask } from './kenar-env';

/** Props of KenarSearch. */
export interface KenarSearchProps {
  /** The search the page stands for, in Kenar's terms. */
  request: SearchRequest;
  status: KenarStatus;
  onStatus(status: KenarStatus): void;
}

/** A one-off Kenar search for the page's city and category, asked for before a call is spent. */
export function KenarSearch({ request, status, onStatus }: KenarSearchProps) {
  const t = useKenarT();
  const send = useKenarSend();
  const [asking, setAsking] = useState(false);
  const [task, run] = useTask<SearchResponse>();
  const search = async () => {
    setAsking(false);
    await run(() => send<'kenarSearch'>({ type: 'kenarSearch', request, confirmed: true }));
    // Spent or refused, the count changed: show what is left now.
    send<'kenarStatus'>({ type: 'kenarStatus' }).then(onStatus, () => undefined);
  };
  const { left, limit } = status.quota;
  return (
    <section class="kenar-search" data-testid="kenar-search">
      <p class="muted">{t('searchNote')}</p>
      <p data-testid="kenar-quota" data-left={left}>
        {t('searchLeft', { left, limit })}
      </p>
      {asking ? (
        <div class="notice notice--warn" role="alertdialog" data-testid="search-confirm">
          <p>{t('searchConfirm', { left })}</p>
          <div class="actions">
            <button type="button" class="button" data-testid="search-yes" onClick={search}>
              {t('searchYes')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setAsking(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="button"
          data-testid="kenar-search-start"
          disabled={left === 0 || task.status === 'busy'}
          onClick={() => setAsking(true)}
        >
          {t('search')}
        </button>
      )}
      {task.status === 'failed' ? <KenarErrorNotice error={task.error} /> : null}
      {task.status === 'done' ? (
        <>
          <p data-testid="kenar-search-count">
            {t('searchResults', { count: task.data.posts?.length ?? 0 })}
          </p>
          <ToResultsButton
            tokens={(task.data.posts ?? []).flatMap((p) => (p.token ? [p.token] : []))}
          />
          <ul class="kenar-list">
            {(task.data.posts ?? []).map((post) => (
              <li key={post.token} class="kenar-list__row" data-testid="kenar-search-post">
                <Data text={post.title ?? ''} />
                <code dir="ltr">{post.token}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Puts the Kenar results into the shared results table (with details and exports). */
function ToResultsButton({ tokens }: { tokens: string[] }) {
  const t = useT();
  const kenarT = useKenarT();
  const { openResults } = useServices();
  const openPosts = useOpenPosts();
  if (tokens.length === 0 || !openResults) return null;
  const open = () => openPosts(tokens, kenarT('search')).catch(() => undefined);
  return (
    <button
      type="button"
      class="button button--small"
      data-testid="kenar-to-results"
      onClick={open}
    >
      {t('jobs.view')}
    </button>
  );
}
