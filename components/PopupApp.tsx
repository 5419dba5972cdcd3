import { useEffect, useState } from 'preact/hooks';
import { type ErrorInfo, type ErrorKind, toErrorInfo } from '@/lib/errors';
import { directionOf, type Lang, translate } from '@/lib/i18n';
import type { CurrentTab } from '@/lib/popup/current-tab';
import { CollectionCard } from './CollectionCard';
import { DeveloperSection } from './DeveloperSection';
import { ErrorNotice } from './ErrorNotice';
import { LangContext, useT } from './i18n';
import { JobPanel } from './JobPanel';
import { JobsList } from './JobsList';
import { KenarSection } from './kenar/KenarSection';
import { PageSummary } from './PageSummary';
import { PostDetails } from './PostDetails';
import { SearchFilters } from './SearchFilters';
import { SearchPanel } from './SearchPanel';
import { UrlInspector } from './UrlInspector';
import { WatchSection } from './watch/WatchSection';

/** What the popup is given by its entrypoint. */
export interface PopupAppProps {
  initialLang: Lang;
  loadTab(): Promise<CurrentTab>;
  saveLang(lang: Lang): void;
}

type TabState = { status: 'loading' } | { status: 'ready'; tab: CurrentTab } | { status: 'failed' };

function Header({ lang, onToggle }: { lang: Lang; onToggle(): void }) {
  const t = useT();
  return (
    <header class="header">
      <img class="header__icon" src="/icons/32.png" alt="" width={24} height={24} />
      <h1 class="header__title">{t('appName')}</h1>
      <button
        type="button"
        class="button button--ghost"
        data-testid="lang-toggle"
        lang={lang === 'fa' ? 'en' : 'fa'}
        onClick={onToggle}
      >
        {t('language')}
      </button>
    </header>
  );
}

function TabView({ tab, onError }: { tab: CurrentTab; onError(kind: ErrorKind): void }) {
  const t = useT();
  const page = tab.view?.page;
  const search = tab.view?.search;
  if (page && page.kind !== 'other') {
    return (
      <>
        <PageSummary page={page} onError={onError} />
        {search && !search.ok ? <SearchPanel search={search} onError={onError} /> : null}
        {search?.ok ? (
          <SearchFilters query={search.query} url={page.url} tabId={tab.tabId} />
        ) : null}
        {search?.ok ? <JobPanel url={page.url} tabId={tab.tabId} onError={onError} /> : null}
        {page.kind === 'post' ? <PostDetails token={page.token} /> : null}
        {search?.ok ? (
          <DeveloperSection>
            <SearchPanel search={search} onError={onError} />
          </DeveloperSection>
        ) : null}
      </>
    );
  }
  return (
    <>
      <h2 class="kind kind--none" data-testid="page-kind" data-kind={page ? 'other' : 'none'}>
        {t(page ? 'kind.other' : 'kind.none')}
      </h2>
      <UrlInspector onError={onError} />
    </>
  );
}

/** The toolbar popup: what the current tab is, and a place to paste a divar.ir URL. */
export function PopupApp({ initialLang, loadTab, saveLang }: PopupAppProps) {
  const [lang, setLang] = useState(initialLang);
  const [state, setState] = useState<TabState>({ status: 'loading' });
  const [error, setError] = useState<ErrorInfo | undefined>();
  useEffect(() => {
    loadTab().then(
      (tab) => {
        setState({ status: 'ready', tab });
        if (tab.lastError) setError(tab.lastError);
      },
      (failure: unknown) => {
        setState({ status: 'failed' });
        setError(toErrorInfo(failure));
      },
    );
  }, [loadTab]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = directionOf(lang);
    document.title = translate(lang, 'appName');
  }, [lang]);
  const toggle = () => {
    const next = lang === 'fa' ? 'en' : 'fa';
    setLang(next);
    saveLang(next);
  };
  const onError = (kind: ErrorKind) => setError({ kind, message: '' });
  return (
    <LangContext.Provider value={lang}>
      <Header lang={lang} onToggle={toggle} />
      <main class="main" aria-busy={state.status === 'loading'}>
        {error ? <ErrorNotice kind={error.kind} detail={error.message || undefined} /> : null}
        {state.status === 'loading' ? <Loading /> : null}
        {state.status === 'ready' ? <TabView tab={state.tab} onError={onError} /> : null}
        {state.status === 'ready' ? (
          <WatchSection page={state.tab.view?.page} onError={onError} />
        ) : null}
        {state.status === 'ready' ? <KenarSection view={state.tab.view} onError={onError} /> : null}
        {state.status === 'failed' ? <UrlInspector onError={onError} /> : null}
        {state.status === 'ready' ? <CollectionCard onError={onError} /> : null}
        {state.status === 'ready' ? <JobsList /> : null}
      </main>
    </LangContext.Provider>
  );
}

function Loading() {
  return (
    <p class="muted" data-testid="loading">
      {useT()('loading')}
    </p>
  );
}
