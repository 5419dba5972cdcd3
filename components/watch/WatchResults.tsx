import './watch.css';
import { useEffect, useState } from 'preact/hooks';
import { type ErrorKind, toErrorInfo } from '@/lib/errors';
import { formatJalali, listSeparator } from '@/lib/i18n/format';
import { sendMessage } from '@/lib/messaging/client';
import { formatAmounts } from '@/lib/watch/format';
import type { WatchedSearch, WatchHit } from '@/lib/watch/types';
import { Data } from '../Data';
import { ErrorNotice } from '../ErrorNotice';
import { useLang } from '../i18n';
import { useServices } from '../services';
import { useWatchT } from './watch-text';

// Stored URLs are ours, but only a divar.ir link may become a link (never a javascript: one).
const safeDivarUrl = (url: string) => (url.startsWith('https://divar.ir/') ? url : undefined);

type State =
  | { status: 'loading' }
  | { status: 'ready'; search: WatchedSearch; hits: WatchHit[] }
  | { status: 'failed'; kind: ErrorKind };

function HitItem({ hit }: { hit: WatchHit }) {
  const t = useWatchT();
  const lang = useLang();
  return (
    <li class="watch__hit" data-testid="watch-hit" data-kind={hit.kind} data-token={hit.token}>
      <span class="watch__tag">{t(hit.kind === 'new' ? 'hit.new' : 'hit.drop')}</span>
      <a href={safeDivarUrl(hit.url)} target="_blank" rel="noreferrer">
        <Data text={hit.title} />
      </a>
      <p class="muted">
        {formatAmounts(lang, hit)}
        {hit.previous ? ` (${t('hit.was', { amount: formatAmounts(lang, hit.previous) })})` : ''}
        {listSeparator(lang)}
        {formatJalali(lang, new Date(hit.at).toISOString())}
      </p>
    </li>
  );
}

/** The results view of a watched search: its new listings and price drops, newest first. */
export function WatchResults({ id }: { id: string }) {
  const t = useWatchT();
  const { send, watchLocal } = useServices();
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    const load = () =>
      sendMessage<'watchHits'>(send, { type: 'watchHits', id }).then(
        ({ search, hits }) => {
          setState({ status: 'ready', search, hits });
          // Looking at the list is what "seen" means: the badge and "new" counts drop.
          void sendMessage<'markWatchSeen'>(send, { type: 'markWatchSeen', id }).catch(
            () => undefined,
          );
        },
        (error: unknown) => setState({ status: 'failed', kind: toErrorInfo(error).kind }),
      );
    void load();
    // A check that finds more while the page is open adds them here (its hits key only: marking
    // them seen changes the list of searches, which must not reload this page again).
    return watchLocal?.(`watch:v1:hits:${id}`, () => void load());
  }, [id, send, watchLocal]);
  const title = state.status === 'ready' ? t('resultsTitle', { name: state.search.name }) : '';
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
  const [titleBefore, titleAfter] = t('resultsTitle').split('{name}');
  if (state.status === 'loading') return null;
  if (state.status === 'failed')
    return state.kind === 'not-found' ? (
      <p data-testid="watch-missing">{t('notFound')}</p>
    ) : (
      <ErrorNotice kind={state.kind} />
    );
  return (
    <section
      class="watch-page"
      data-testid="watch-results"
      data-id={id}
      data-count={state.hits.length}
    >
      <h1 class="card__title">
        {/* The name may mix Persian and Latin: <bdi> keeps it from scrambling the sentence. */}
        {titleBefore}
        <Data text={state.search.name} />
        {titleAfter}
      </h1>
      <p>
        <a href={safeDivarUrl(state.search.url)} target="_blank" rel="noreferrer">
          {t('openSearch')}
        </a>
      </p>
      {state.hits.length === 0 ? <p class="muted">{t('resultsEmpty')}</p> : null}
      <ul class="watch__hits">
        {state.hits.map((hit) => (
          <HitItem key={`${hit.token}:${hit.at}`} hit={hit} />
        ))}
      </ul>
    </section>
  );
}
